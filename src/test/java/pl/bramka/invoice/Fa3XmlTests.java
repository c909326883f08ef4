package pl.bramka.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

/** FA(3) XML of the three kinds of invoice Bramka writes, checked against the official schema. */
class Fa3XmlTests {

    private static final InvoiceDocument.Seller SELLER = new InvoiceDocument.Seller("Zażółć Gęślą Jaźń sp. z o.o.",
            "5260250274", "ul. Świętokrzyska 12, 00-916 Warszawa");
    private static final LocalDate DAY = LocalDate.of(2030, 7, 15);
    private static final Instant CREATED = Instant.parse("2030-07-15T10:15:30.123Z");

    @Test
    void aConsumerSaleIsValid() throws Exception {
        InvoiceDocument sale = new InvoiceDocument(InvoiceKind.VAT, "FV/2030/07/0001", DAY, DAY, CREATED, "PLN",
                SELLER, new InvoiceDocument.Buyer("Anna Nowak", null, null, null, "ul. Polna 1", "00-001 Warszawa",
                        null, "anna@example.com"),
                List.of(line("Zamówienie 17", 12_345, TaxStake.TAX_23)), "7", "BLIK", null, null, "pl");

        byte[] xml = Fa3Xml.write(sale);

        Fa3Schema.validate(xml);
        String text = new String(xml, StandardCharsets.UTF_8);
        assertThat(text).contains("<BrakID>1</BrakID>", "<P_13_1>100.37</P_13_1>", "<P_14_1>23.08</P_14_1>",
                "<P_15>123.45</P_15>", "<FormaPlatnosci>7</FormaPlatnosci>", "<P_12>23</P_12>");
    }

    @Test
    void aCompanySaleWithThreeRatesIsValid() throws Exception {
        InvoiceDocument sale = companySale();

        byte[] xml = Fa3Xml.write(sale);

        Fa3Schema.validate(xml);
        String text = new String(xml, StandardCharsets.UTF_8);
        assertThat(text).contains("<NIP>7740001454</NIP>", "<P_13_1>81.30</P_13_1>", "<P_14_1>18.70</P_14_1>",
                "<P_13_2>46.30</P_13_2>", "<P_14_2>3.70</P_14_2>", "<P_13_7>25.00</P_13_7>", "<P_15>175.00</P_15>",
                "<P_12>zw</P_12>", "<P_19A>art. 43 ust. 1 pkt 29 ustawy o VAT</P_19A>");
    }

    @Test
    void aPartialRefundCorrectionIsValid() throws Exception {
        InvoiceDocument sale = companySale();
        List<InvoiceDocument.Line> differences = InvoiceComposer.differences(sale.lines(), 7_000);
        InvoiceDocument correction = new InvoiceDocument(InvoiceKind.KOR, "KOR/2030/07/0001", DAY.plusDays(3), DAY,
                CREATED, "PLN", SELLER, sale.buyer(), differences, "2", "Karta", sale.exemptionBasis(),
                new InvoiceDocument.Corrected(sale.number(), DAY, null, "Zwrot / Refund"), "pl");

        byte[] xml = Fa3Xml.write(correction);

        Fa3Schema.validate(xml);
        assertThat(differences).extracting(InvoiceDocument.Line::gross).containsExactly(-4_000L, -2_000L, -1_000L);
        assertThat(new String(xml, StandardCharsets.UTF_8)).contains("<RodzajFaktury>KOR</RodzajFaktury>",
                "<NrFaKorygowanej>FV/2030/07/0007</NrFaKorygowanej>", "<NrKSeFN>1</NrKSeFN>", "<P_15>-70.00</P_15>");
    }

    @Test
    void aCorrectionOfAnInvoiceInKsefNamesItsKsefNumber() throws Exception {
        InvoiceDocument sale = companySale();
        InvoiceDocument correction = new InvoiceDocument(InvoiceKind.KOR, "KOR/2030/07/0002", DAY, DAY, CREATED,
                "PLN", SELLER, sale.buyer(), InvoiceComposer.differences(sale.lines(), sale.total()), "2", "Karta",
                sale.exemptionBasis(), new InvoiceDocument.Corrected(sale.number(), DAY,
                        "5260250274-20300715-0123456789AB-5C", "Zwrot / Refund"), "pl");

        byte[] xml = Fa3Xml.write(correction);

        Fa3Schema.validate(xml);
        assertThat(new String(xml, StandardCharsets.UTF_8)).contains("<NrKSeF>1</NrKSeF>",
                "<NrKSeFFaKorygowanej>5260250274-20300715-0123456789AB-5C</NrKSeFFaKorygowanej>",
                "<P_15>-175.00</P_15>");
    }

    @Test
    void theSchemaRejectsAnInvoiceWithoutItsNumber() {
        InvoiceDocument broken = new InvoiceDocument(InvoiceKind.VAT, "", DAY, DAY, CREATED, "PLN", SELLER,
                companySale().buyer(), List.of(line("Towar", 100, TaxStake.TAX_23)), "2", "Karta", null, null, "pl");

        assertThatThrownBy(() -> Fa3Schema.validate(Fa3Xml.write(broken))).isInstanceOf(SAXException.class);
    }

    @Test
    void aRefundIsSpreadOverTheLinesAndAddsUpExactly() {
        List<InvoiceDocument.Line> lines = List.of(line("A", 333, TaxStake.TAX_23), line("B", 333, TaxStake.TAX_8),
                line("C", 334, TaxStake.TAX_EXEMPT));

        List<InvoiceDocument.Line> differences = InvoiceComposer.differences(lines, 100);

        assertThat(differences.stream().mapToLong(InvoiceDocument.Line::gross).sum()).isEqualTo(-100);
        assertThat(differences).extracting(InvoiceDocument.Line::gross).containsExactly(-34L, -33L, -33L);
    }

    static InvoiceDocument companySale() {
        return new InvoiceDocument(InvoiceKind.VAT, "FV/2030/07/0007", DAY, DAY, CREATED, "PLN", SELLER,
                new InvoiceDocument.Buyer("Hurtownia Żółw S.A.", "7740001454", null, null, "ul. Długa 5",
                        "80-001 Gdańsk", "PL", "zakupy@zolw.example"),
                List.of(line("Usługa główna", 10_000, TaxStake.TAX_23), line("Książka", 5_000, TaxStake.TAX_8),
                        line("Szkolenie", 2_500, TaxStake.TAX_EXEMPT)),
                "2", "Karta", "art. 43 ust. 1 pkt 29 ustawy o VAT", null, "pl");
    }

    private static InvoiceDocument.Line line(String name, long gross, TaxStake stake) {
        return new InvoiceDocument.Line(name, null, BigDecimal.ONE, "szt.", gross, stake);
    }
}
