package pl.bramka.invoice;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import pl.bramka.shared.Money;

/**
 * Writes an invoice as FA(3) XML, the structure KSeF takes (namespace and element order from the official XSD,
 * {@code schemat_FA(3)_v1-0E.xsd}). The bytes are stored as written and never regenerated: the QR code of an
 * invoice in KSeF is the hash of exactly these bytes.
 */
final class Fa3Xml {

    static final String NAMESPACE = "http://crd.gov.pl/wzor/2025/06/25/13775/";
    /** The order of the per-rate sums in {@code Fa}: {@code P_13_1}/{@code P_14_1} first, exempt ({@code 7}) later. */
    private static final List<String> SUM_ORDER = List.of("1", "2", "3", "4", "5", "6_1", "6_2", "6_3", "7", "8", "9",
            "10", "11");
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private final XMLStreamWriter xml;
    private final InvoiceDocument invoice;

    private Fa3Xml(XMLStreamWriter xml, InvoiceDocument invoice) {
        this.xml = xml;
        this.invoice = invoice;
    }

    static byte[] write(InvoiceDocument invoice) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter writer = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            new Fa3Xml(writer, invoice).document();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("FA(3) XML not written", e);
        }
        return bytes.toByteArray();
    }

    private void document() throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.setDefaultNamespace(NAMESPACE);
        xml.writeStartElement(NAMESPACE, "Faktura");
        xml.writeDefaultNamespace(NAMESPACE);
        header();
        seller();
        buyer();
        fa();
        xml.writeEndElement();
        xml.writeEndDocument();
    }

    private void header() throws XMLStreamException {
        start("Naglowek");
        xml.writeStartElement(NAMESPACE, "KodFormularza");
        xml.writeAttribute("kodSystemowy", "FA (3)");
        xml.writeAttribute("wersjaSchemy", "1-0E");
        xml.writeCharacters("FA");
        xml.writeEndElement();
        element("WariantFormularza", "3");
        element("DataWytworzeniaFa", CREATED.format(invoice.createdAt().truncatedTo(ChronoUnit.SECONDS)));
        element("SystemInfo", "Bramka");
        end();
    }

    private void seller() throws XMLStreamException {
        start("Podmiot1");
        start("DaneIdentyfikacyjne");
        element("NIP", invoice.seller().nip());
        element("Nazwa", invoice.seller().name());
        end();
        start("Adres");
        element("KodKraju", "PL");
        element("AdresL1", invoice.seller().address());
        end();
        end();
    }

    private void buyer() throws XMLStreamException {
        InvoiceDocument.Buyer buyer = invoice.buyer();
        start("Podmiot2");
        start("DaneIdentyfikacyjne");
        if (buyer.nip() != null) {
            element("NIP", buyer.nip());
        } else if (buyer.foreignId() != null) {
            if (buyer.foreignIdCountry() != null) {
                element("KodKraju", buyer.foreignIdCountry());
            }
            element("NrID", buyer.foreignId());
        } else {
            element("BrakID", "1");
        }
        element("Nazwa", buyer.name());
        end();
        if (buyer.addressLine1() != null) {
            start("Adres");
            element("KodKraju", buyer.countryCode() == null ? "PL" : buyer.countryCode());
            element("AdresL1", buyer.addressLine1());
            if (buyer.addressLine2() != null) {
                element("AdresL2", buyer.addressLine2());
            }
            end();
        }
        if (buyer.email() != null) {
            start("DaneKontaktowe");
            element("Email", buyer.email());
            end();
        }
        element("JST", "2");
        element("GV", "2");
        end();
    }

    private void fa() throws XMLStreamException {
        start("Fa");
        element("KodWaluty", invoice.currency());
        element("P_1", invoice.issueDate().toString());
        element("P_2", invoice.number());
        if (invoice.kind() == InvoiceKind.VAT) {
            element("P_6", invoice.saleDate().toString());
        }
        sums();
        element("P_15", amount(invoice.total()));
        annotations();
        element("RodzajFaktury", invoice.kind().name());
        if (invoice.corrected() != null) {
            element("PrzyczynaKorekty", invoice.corrected().reason());
            element("TypKorekty", "2");
            start("DaneFaKorygowanej");
            element("DataWystFaKorygowanej", invoice.corrected().issueDate().toString());
            element("NrFaKorygowanej", invoice.corrected().number());
            if (invoice.corrected().ksefNumber() != null) {
                element("NrKSeF", "1");
                element("NrKSeFFaKorygowanej", invoice.corrected().ksefNumber());
            } else {
                element("NrKSeFN", "1");
            }
            end();
        }
        lines();
        if (invoice.kind() == InvoiceKind.VAT) {
            payment();
        }
        end();
    }

    /** Sums per FA(3) field pair; 23 % and 22 % share {@code P_13_1}, 8 % and 7 % share {@code P_13_2}. */
    private void sums() throws XMLStreamException {
        Map<String, long[]> bySuffix = new LinkedHashMap<>();
        for (InvoiceDocument.RateSum sum : invoice.rateSums()) {
            long[] netAndVat = bySuffix.computeIfAbsent(sum.stake().sumSuffix(), suffix -> new long[3]);
            netAndVat[0] += sum.net();
            netAndVat[1] += sum.vat();
            netAndVat[2] = sum.stake().taxed() ? 1 : 0;
        }
        for (String suffix : SUM_ORDER) {
            long[] netAndVat = bySuffix.get(suffix);
            if (netAndVat == null) {
                continue;
            }
            element("P_13_" + suffix, amount(netAndVat[0]));
            if (netAndVat[2] == 1) {
                element("P_14_" + suffix, amount(netAndVat[1]));
            }
        }
    }

    private void annotations() throws XMLStreamException {
        start("Adnotacje");
        element("P_16", "2");
        element("P_17", "2");
        element("P_18", "2");
        element("P_18A", "2");
        start("Zwolnienie");
        if (invoice.exempt()) {
            element("P_19", "1");
            element("P_19A", invoice.exemptionBasis() == null ? "art. 43 ust. 1 ustawy o VAT"
                    : invoice.exemptionBasis());
        } else {
            element("P_19N", "1");
        }
        end();
        start("NoweSrodkiTransportu");
        element("P_22N", "1");
        end();
        element("P_23", "2");
        start("PMarzy");
        element("P_PMarzyN", "1");
        end();
        end();
    }

    private void lines() throws XMLStreamException {
        int number = 1;
        for (InvoiceDocument.Line line : invoice.lines()) {
            start("FaWiersz");
            element("NrWierszaFa", String.valueOf(number++));
            element("P_7", line.name());
            if (line.code() != null) {
                element("Indeks", line.code());
            }
            element("P_8A", line.unit());
            element("P_8B", line.quantity().toPlainString());
            element("P_9B", unitPrice(line));
            element("P_11A", amount(line.gross()));
            element("P_12", line.stake().fa3Code());
            end();
        }
    }

    private void payment() throws XMLStreamException {
        start("Platnosc");
        element("Zaplacono", "1");
        element("DataZaplaty", invoice.saleDate().toString());
        if (invoice.paymentForm() != null) {
            element("FormaPlatnosci", invoice.paymentForm());
        } else {
            element("PlatnoscInna", "1");
            element("OpisPlatnosci", invoice.paymentLabel());
        }
        end();
    }

    private String unitPrice(InvoiceDocument.Line line) {
        BigDecimal gross = BigDecimal.valueOf(line.gross(), Money.fractionDigits(invoice.currency()));
        return gross.divide(line.quantity(), 2, RoundingMode.HALF_UP).toPlainString();
    }

    private String amount(long minor) {
        return BigDecimal.valueOf(minor, Money.fractionDigits(invoice.currency())).toPlainString();
    }

    private void start(String name) throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, name);
    }

    private void end() throws XMLStreamException {
        xml.writeEndElement();
    }

    private void element(String name, String text) throws XMLStreamException {
        start(name);
        xml.writeCharacters(text);
        end();
    }
}
