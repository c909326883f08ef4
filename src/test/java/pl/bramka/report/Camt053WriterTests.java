package pl.bramka.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import com.prowidesoftware.swift.model.field.Field61;
import com.prowidesoftware.swift.model.mt.mt9xx.MT940;

import pl.bramka.report.StatementOptions.CamtVersion;
import pl.bramka.report.StatementOptions.Format;
import pl.bramka.report.StatementOptions.Mt940Encoding;
import pl.bramka.report.StatementOptions.Mt940Profile;

class Camt053WriterTests {

    @ParameterizedTest
    @EnumSource(CamtVersion.class)
    void theFileIsValidAgainstTheOfficialSchemaOfItsVersion(CamtVersion version) throws Exception {
        byte[] xml = camt(version);

        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("/iso20022/camt.053.001.0" + version.name().substring(2) + ".xsd"))
                .newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        String text = new String(xml, StandardCharsets.UTF_8);
        assertThat(text).contains("<IBAN>PL03999000120000000000012345</IBAN>", "<Othr><Id>svc-7f3a2c</Id></Othr>",
                "<Nm>Sklep Żółć i Gęś sp. z o.o.</Nm>", "<CreDtTm>2026-11-02T06:00:00+01:00</CreDtTm>",
                "<EndToEndId>ZAM/2026/10/0001</EndToEndId>", "<EndToEndId>NOTPROVIDED</EndToEndId>",
                "<AcctSvcrRef>0b6f2a9e4c1d4e8a9f3b7a2c5d8e1f00</AcctSvcrRef>",
                "<CdtrAcct><Id><IBAN>PL28998000191234567890120001</IBAN></Id></CdtrAcct>");
        assertThat(text).contains(version == CamtVersion.V02 ? "<Cdtr><Nm>" : "<Cdtr><Pty><Nm>");
        assertThat(text).contains(version == CamtVersion.V02 ? "<Sts>BOOK</Sts>" : "<Sts><Cd>BOOK</Cd></Sts>");
    }

    @ParameterizedTest
    @EnumSource(CamtVersion.class)
    void theEntriesAndBalancesAreThoseOfTheMt940OfTheSameInput(CamtVersion version) throws Exception {
        Document camt = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(camt(version)));
        List<MT940> mt940 = Mt940Check.statements(new String(StatementSamples.written(new StatementOptions(
                Format.MT940, Mt940Profile.POLISH_STRUCTURED, Mt940Encoding.UTF_8, version)), StandardCharsets.UTF_8),
                Mt940Profile.POLISH_STRUCTURED);

        NodeList statements = camt.getElementsByTagName("Stmt");
        assertThat(statements.getLength()).isEqualTo(mt940.size()).isEqualTo(2);
        for (int index = 0; index < mt940.size(); index++) {
            Element statement = (Element) statements.item(index);
            MT940 message = mt940.get(index);
            List<String> balances = new ArrayList<>();
            for (Element balance : children(statement, "Bal")) {
                balances.add(signed(balance) + " " + text(child(balance, "Dt"), "Dt"));
            }
            assertThat(balances).containsExactly(
                    Mt940Check.signed(message.getField60F().getDCMark(), message.getField60F().getAmountAsBigDecimal())
                            + " " + isoDate(message.getField60F().getDate()),
                    Mt940Check.signed(message.getField62F().getDCMark(), message.getField62F().getAmountAsBigDecimal())
                            + " " + isoDate(message.getField62F().getDate()));
            List<String> camtEntries = new ArrayList<>();
            for (Element entry : children(statement, "Ntry")) {
                camtEntries.add(signed(entry) + " " + text(child(entry, "ValDt"), "Dt"));
            }
            List<String> mt940Entries = new ArrayList<>();
            for (Field61 line : message.getField61()) {
                mt940Entries.add(Mt940Check.signed(line.getDebitCreditMark(), line.getAmountAsBigDecimal()) + " "
                        + isoDate(line.getValueDate()));
            }
            assertThat(camtEntries).isNotEmpty().isEqualTo(mt940Entries);
        }
    }

    @ParameterizedTest
    @EnumSource(CamtVersion.class)
    void theSameInputAndSnapshotTimeGiveTheSameBytes(CamtVersion version) throws Exception {
        assertThat(camt(version)).isEqualTo(camt(version));
    }

    @ParameterizedTest
    @EnumSource(CamtVersion.class)
    void entriesThatDoNotAddUpToTheClosingBalanceAreABug(CamtVersion version) throws Exception {
        StatementWriter writer = new StatementFiles().open(options(version), new ByteArrayOutputStream(),
                StatementSamples.CREATED);
        writer.startStatement(StatementSamples.EUR);
        writer.entry(StatementSamples.EUR_ENTRIES.get(0));

        assertThatThrownBy(writer::endStatement).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not balance");
    }

    @ParameterizedTest
    @EnumSource(CamtVersion.class)
    void aFileWithoutStatementsIsABug(CamtVersion version) {
        StatementWriter writer = new StatementFiles().open(options(version), new ByteArrayOutputStream(),
                StatementSamples.CREATED);

        assertThatThrownBy(writer::finish).isInstanceOf(IllegalStateException.class);
    }

    private static byte[] camt(CamtVersion version) throws IOException {
        return StatementSamples.written(options(version));
    }

    private static StatementOptions options(CamtVersion version) {
        return new StatementOptions(Format.CAMT053, Mt940Profile.POLISH_STRUCTURED, Mt940Encoding.ASCII, version);
    }

    private static BigDecimal signed(Element amountHolder) {
        BigDecimal amount = new BigDecimal(text(amountHolder, "Amt"));
        return text(amountHolder, "CdtDbtInd").equals("DBIT") ? amount.negate() : amount;
    }

    /** Prowide gives MT940 dates as YYMMDD. */
    private static String isoDate(String yymmdd) {
        return "20" + yymmdd.substring(0, 2) + "-" + yymmdd.substring(2, 4) + "-" + yymmdd.substring(4, 6);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                children.add(element);
            }
        }
        return children;
    }

    private static Element child(Element parent, String name) {
        return children(parent, name).get(0);
    }

    private static String text(Element parent, String name) {
        return child(parent, name).getTextContent();
    }
}
