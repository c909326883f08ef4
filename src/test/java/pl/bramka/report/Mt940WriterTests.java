package pl.bramka.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import com.prowidesoftware.swift.model.field.Field61;
import com.prowidesoftware.swift.model.field.Field86;
import com.prowidesoftware.swift.model.mt.mt9xx.MT940;

import pl.bramka.report.StatementEntry.Kind;
import pl.bramka.report.StatementOptions.CamtVersion;
import pl.bramka.report.StatementOptions.Format;
import pl.bramka.report.StatementOptions.Mt940Encoding;
import pl.bramka.report.StatementOptions.Mt940Profile;

class Mt940WriterTests {

    private static final Instant NOON = Mt940GoldenTests.at(2026, 10, 15, 12, 0);

    @ParameterizedTest
    @CsvSource({"POLISH_STRUCTURED, ASCII", "POLISH_STRUCTURED, CP852", "POLISH_STRUCTURED, WINDOWS_1250",
            "POLISH_STRUCTURED, UTF_8", "SWIFT_STRICT, ASCII", "SWIFT_STRICT, CP852", "SWIFT_STRICT, WINDOWS_1250",
            "SWIFT_STRICT, UTF_8"})
    void everyProfileAndEncodingGivesStatementsProwideReadsAndThatBalance(Mt940Profile profile,
            Mt940Encoding encoding) throws IOException {
        String text = strictlyDecoded(StatementSamples.written(options(profile, encoding)), encoding);

        List<MT940> statements = Mt940Check.statements(text, profile);

        assertThat(statements).hasSize(2);
        MT940 pln = statements.get(0);
        assertThat(pln.getField20().getValue()).isEqualTo("BRK2611010001");
        assertThat(pln.getField25().getValue()).isEqualTo(
                (profile == Mt940Profile.POLISH_STRUCTURED ? "/" : "") + "PL03999000120000000000012345");
        assertThat(pln.getField28C().getValue()).isEqualTo("00042/001");
        assertThat(pln.getField60F().getValue()).isEqualTo("C260930PLN1000,00");
        assertThat(pln.getField62F().getValue()).isEqualTo("C261031PLN1208,60");
        assertThat(pln.getField64().getValue()).isEqualTo("C261031PLN1208,60");
        assertThat(pln.getField61()).extracting(Field61::getDebitCreditMark, Field61::getAmount,
                Field61::getTransactionType, Field61::getIdentificationCode).containsExactly(
                        tuple("C", "250,00", "N", "TRF"),
                        tuple("D", "49,99", "N", "TRF"),
                        tuple("D", "3,75", "N", "CHG"),
                        tuple("D", "150,00", "N", "TRF"),
                        tuple("C", "150,00", "N", "RTI"),
                        tuple("C", "12,34", "N", "TRF"));
        assertThat(statements.get(1).getField60F().getValue()).isEqualTo("D260930EUR5,00");
    }

    @Test
    void asciiTransliteratesPolishLettersAndKeepsToPrintableAscii() throws IOException {
        byte[] file = StatementSamples.written(options(Mt940Profile.POLISH_STRUCTURED, Mt940Encoding.ASCII));

        for (byte character : file) {
            assertThat(character == '\r' || character == '\n' || (character >= ' ' && character < 0x7f))
                    .as("byte %02x", character).isTrue();
        }
        String text = new String(file, StandardCharsets.US_ASCII);
        assertThat(text).contains("~21Zamowienie nr 1 - zolta", "lodz, zdzblo", "~32Zofia Gesla-Jazn",
                "~32Jurgen Gross");
    }

    @ParameterizedTest
    @CsvSource({"CP852, 88", "WINDOWS_1250, b3", "UTF_8, c582"})
    void theCodePagesCarryPolishLettersAsTheirOwnBytes(Mt940Encoding encoding, String lowercaseL) throws IOException {
        byte[] file = StatementSamples.written(options(Mt940Profile.POLISH_STRUCTURED, encoding));

        String hex = HexFormat.of().formatHex(file);
        // "ł" of "łódź", between "~22" and "ódź", as the code page writes it.
        assertThat(hex).contains(HexFormat.of().formatHex("~22".getBytes(StandardCharsets.US_ASCII)) + lowercaseL);
        String text = strictlyDecoded(file, encoding);
        assertThat(text).contains("~22łódź, źdźbło", "~32Zofia Gęślą-Jaźń", "Wypłata środków", "~32Jürgen Groß");
    }

    @ParameterizedTest
    @EnumSource(Mt940Encoding.class)
    void swiftStrictKeepsToSwiftsCharacterSetInEveryEncoding(Mt940Encoding encoding) throws IOException {
        byte[] file = StatementSamples.written(options(Mt940Profile.SWIFT_STRICT, encoding));

        assertThat(file).isEqualTo(StatementSamples.written(options(Mt940Profile.SWIFT_STRICT, Mt940Encoding.ASCII)));
        String text = new String(file, StandardCharsets.US_ASCII);
        assertThat(text).contains("Zamowienie nr 1 - zolta lodz, zdzblo. .tilde. :colon -dash .")
                .contains("Jurgen Gross").doesNotContain("~");
    }

    @ParameterizedTest
    @EnumSource(Mt940Profile.class)
    void longTitlesNamesAndAccountsStayWithinSixLinesOfSixtyFiveCharacters(Mt940Profile profile)
            throws IOException {
        String longWords = "Zamówienie ".repeat(40) + "x".repeat(200);
        StatementEntry entry = new StatementEntry(Kind.PAYOUT, NOON, -1, "P".repeat(80), null, longWords,
                "Nazwa ".repeat(30), "PL28998000191234567890120001");

        String text = single(profile, entry);

        MT940 statement = Mt940Check.statements(text, profile).get(0);
        List<Field86> details = statement.getField86();
        assertThat(details).hasSize(1);
        assertThat(details.get(0).getLines()).hasSize(6);
        if (profile == Mt940Profile.POLISH_STRUCTURED) {
            assertThat(details.get(0).getValue()).contains("~38PL28998000191234567890120001~34401");
        }
    }

    @ParameterizedTest
    @EnumSource(Mt940Profile.class)
    void noContinuationLineStartsWithAColonOrADash(Mt940Profile profile) throws IOException {
        String title = "a".repeat(60) + " -minus " + "b".repeat(60) + " :colon " + "c".repeat(62) + " -";
        StatementEntry entry = new StatementEntry(Kind.SALE, NOON, 1, "TX1", "ORD-1", title, null, null);

        String text = single(profile, entry);

        Mt940Check.statements(text, profile);
        if (profile == Mt940Profile.SWIFT_STRICT) {
            assertThat(text).contains("\r\n -minus", "\r\n :colon");
        }
    }

    @Test
    void referencesAreSixteenSwiftCharactersWithoutDoubleSlashes() throws IOException {
        String text = single(Mt940Profile.POLISH_STRUCTURED,
                new StatementEntry(Kind.SALE, NOON, 1, "0b6f2a9e-4c1d-4e8a-9f3b-7a2c5d8e1f00", "/FV//2026/1/",
                        "t", null, null),
                new StatementEntry(Kind.SALE, NOON, 1, "TX-2", "ZAMÓWIENIE-2026-000000123", "t", null, null),
                new StatementEntry(Kind.COMMISSION, NOON, -1, "FE-1", null, "t", null, null),
                new StatementEntry(Kind.PAYOUT, NOON, -1, "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a", null, "t", null,
                        null));

        List<Field61> lines = Mt940Check.statements(text, Mt940Profile.POLISH_STRUCTURED).get(0).getField61();

        assertThat(lines).extracting(Field61::getReferenceForTheAccountOwner,
                Field61::getReferenceOfTheAccountServicingInstitution).containsExactly(
                        tuple("FV/2026/1", "0b6f2a9e4c1d4e8a"),
                        tuple("ZAMOWIENIE202600", "TX2"),
                        tuple("NONREF", "FE1"),
                        tuple("9d8c7b6a5f4e4d3c", "9d8c7b6a5f4e4d3c"));
        assertThat(text).contains("~20ZAMOWIENIE-2026-000000123", "~209d8c7b6a-5f4e-4d3c-8b2a-1f0\r\n~21e9d8c7b6a~22t");
    }

    @Test
    void onlyAValidIbanIsWrittenAsTheCounterpartysAccount() throws IOException {
        String text = single(Mt940Profile.POLISH_STRUCTURED,
                new StatementEntry(Kind.PAYOUT, NOON, -1, "P1", null, "P1", null, "PL28 9980 0019 1234 5678 9012 0002"),
                new StatementEntry(Kind.PAYOUT, NOON, -1, "P2", null, "P2", null, "pl28 9980 0019 1234 5678 9012 0001"));

        assertThat(text).contains(":86:401~00POUTWYPLATA SRODKOW~20P1~34401\r\n")
                .contains("~38PL28998000191234567890120001~34401");
    }

    @Test
    void entriesThatDoNotAddUpToTheClosingBalanceAreABug() throws IOException {
        StatementWriter writer = new StatementFiles().open(options(Mt940Profile.POLISH_STRUCTURED,
                Mt940Encoding.ASCII), new ByteArrayOutputStream(), StatementSamples.CREATED);
        writer.startStatement(StatementSamples.PLN);
        writer.entry(StatementSamples.PLN_ENTRIES.get(0));

        assertThatThrownBy(writer::endStatement).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("BRK2611010001 does not balance");
    }

    @Test
    void statementsAreWrittenOneAfterAnother() throws IOException {
        StatementWriter writer = new StatementFiles().open(options(Mt940Profile.POLISH_STRUCTURED,
                Mt940Encoding.ASCII), new ByteArrayOutputStream(), StatementSamples.CREATED);

        assertThatThrownBy(() -> writer.entry(StatementSamples.PLN_ENTRIES.get(0)))
                .isInstanceOf(IllegalStateException.class);
        writer.startStatement(StatementSamples.PLN);
        assertThatThrownBy(() -> writer.startStatement(StatementSamples.EUR)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(writer::finish).isInstanceOf(IllegalStateException.class);
    }

    private static String single(Mt940Profile profile, StatementEntry... entries) throws IOException {
        long sum = 0;
        for (StatementEntry entry : entries) {
            sum += entry.amount();
        }
        StatementAccount account = new StatementAccount("PL03999000120000000000012345", "Sklep", "PLN", "S1", 1,
                NOON.atZone(Statements.WARSAW).toLocalDate(), NOON.atZone(Statements.WARSAW).toLocalDate(), 100_00,
                100_00 + sum, StatementSamples.CREATED);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StatementWriter writer = new StatementFiles().open(options(profile, Mt940Encoding.ASCII), out,
                StatementSamples.CREATED);
        StatementSamples.write(writer, account, List.of(entries));
        writer.finish();
        return out.toString(StandardCharsets.US_ASCII);
    }

    private static StatementOptions options(Mt940Profile profile, Mt940Encoding encoding) {
        return new StatementOptions(Format.MT940, profile, encoding, CamtVersion.V02);
    }

    /** The file read as its encoding, failing on any byte the encoding does not define. */
    private static String strictlyDecoded(byte[] file, Mt940Encoding encoding) throws CharacterCodingException {
        Charset charset = Mt940Text.charset(encoding);
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
    }
}
