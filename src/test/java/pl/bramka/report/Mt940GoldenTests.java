package pl.bramka.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import pl.bramka.report.StatementEntry.Kind;
import pl.bramka.report.StatementOptions.CamtVersion;
import pl.bramka.report.StatementOptions.Format;
import pl.bramka.report.StatementOptions.Mt940Encoding;
import pl.bramka.report.StatementOptions.Mt940Profile;

/**
 * The golden statements of {@code formats.md} §6, kept byte for byte in {@code src/test/resources/statements/}.
 * Where the example holds something a {@link StatementEntry} cannot say, the expected text is the golden file with
 * that part replaced, and the replacement says why; everything else must match byte for byte.
 */
class Mt940GoldenTests {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    private static final Instant CREATED = Instant.parse("2025-11-04T05:00:00Z");

    private final StatementFiles formats = new StatementFiles();

    @Test
    void exampleOneIsThePolishStructuredStatementOfASaleARefundAndAPayout() throws IOException {
        StatementAccount account = new StatementAccount("PL03999000120000000000012345",
                "SKLEP PRZYKLADOWY SP Z O O", "PLN", "IMJ2511030001", 307, LocalDate.of(2025, 11, 3),
                LocalDate.of(2025, 11, 3), 125_000, 45_001, CREATED);
        List<StatementEntry> entries = List.of(
                // The payer's account is known for a pay-by-link transfer; the writer prints any counterparty IBAN.
                new StatementEntry(Kind.SALE, at(2025, 11, 3, 9, 15), 25_000, "TX2H7N4R1W8C3D", "ORD-2025-000124",
                        "Zamówienie 124", "ANNA NOWAK", "PL03997000165550001112223334"),
                new StatementEntry(Kind.REFUND, at(2025, 11, 3, 12, 0), -4_999, "RF5K9P2X7Q4M1Z", "ORD-2025-000101",
                        "Zwrot do zamówienia ORD-2025-000101", "JAN KOWALSKI", null),
                new StatementEntry(Kind.PAYOUT, at(2025, 11, 3, 16, 30), -100_000, "PO-2025-000042", null,
                        "Wypłata PO-2025-000042", "SKLEP PRZYKLADOWY SP Z O O", "PL28998000191234567890120001"));

        String written = mt940(Mt940Profile.POLISH_STRUCTURED, account, entries);

        String expected = golden(1)
                // An entry does not say the payment method, so a sale is "100 PLATNOSC", not "101 PRZELEW PAY-BY-LINK".
                .replace("PRZELEW PAY-BY-LINK\r\n", "PLATNOSC\r\n")
                .replace(":86:101~00PAYTPRZELEW", ":86:100~00PAYTPLATNOSC")
                .replace("~34101\r\n", "~34100\r\n")
                // A payout has one id: its servicing reference is that id's letters and digits, not a second id.
                .replace("//PO2511030042", "//PO2025000042");
        assertThat(written).isEqualTo(expected);
        assertThat(Mt940Check.statements(written, Mt940Profile.POLISH_STRUCTURED)).hasSize(1);
    }

    @Test
    void exampleTwoIsOneStatementOnTwoPagesOfWhichTheLinesAnEntryCanSayAreWrittenTheSame() throws IOException {
        // Not reproducible as a whole: Bramka writes no pages (files need not split), has no chargeback to write as
        // RC, does not know a sale was by card (NMSC, 102) and writes no statement-level :86:. The statement's
        // own lines, its balances and the fee's lines are the golden's.
        StatementAccount account = new StatementAccount("PL81999000120000000000012978", "SKLEP PRZYKLADOWY SP Z O O",
                "EUR", "IMJ2511030002", 12, LocalDate.of(2025, 11, 3), LocalDate.of(2025, 11, 3), 30_000, 38_350,
                CREATED);
        List<StatementEntry> entries = List.of(
                new StatementEntry(Kind.SALE, at(2025, 11, 3, 10, 0), 12_000, "TX9C2V5B8N1M4K", "ORD-2025-000777",
                        "Zamowienie 777", "HANS MUELLER", null),
                new StatementEntry(Kind.REFUND, at(2025, 11, 3, 11, 0), -3_500, "CB7Q1W3E5R7T9Y", "ORD-2025-000650",
                        "Reason 13.1", null, null),
                new StatementEntry(Kind.COMMISSION, at(2025, 11, 3, 23, 0), -150, "FE2511030002", null,
                        "Prowizja 2025-11-03", null, null));

        String written = mt940(Mt940Profile.POLISH_STRUCTURED, account, entries);

        List<String> goldenLines = Arrays.asList(golden(2).split("\r\n"));
        List<String> writtenLines = Arrays.asList(written.split("\r\n"));
        assertThat(writtenLines.subList(0, 4)).isEqualTo(goldenLines.subList(0, 4));
        assertThat(writtenLines).contains(":61:2511031103D1,50NCHGNONREF//FE2511030002",
                ":86:301~00FEESPROWIZJA~20Prowizja 2025-11-03~34301", ":62F:C251103EUR383,50",
                ":64:C251103EUR383,50");
        assertThat(goldenLines).contains(":61:2511031103D1,50NCHGNONREF//FE2511030002",
                ":86:301~00FEESPROWIZJA~20Prowizja 2025-11-03~34301", ":62F:C251103EUR383,50",
                ":64:C251103EUR383,50");
        var pages = Mt940Check.statements(golden(2), Mt940Profile.POLISH_STRUCTURED);
        var statement = Mt940Check.statements(written, Mt940Profile.POLISH_STRUCTURED);
        assertThat(pages).hasSize(2);
        assertThat(statement).hasSize(1);
        assertThat(statement.get(0).getField61()).hasSize(pages.get(0).getField61().size()
                + pages.get(1).getField61().size());
    }

    @Test
    void exampleThreeIsTheSwiftStrictStatementInSwiftsCharacterSet() throws IOException {
        StatementAccount account = new StatementAccount("PL03999000120000000000012345",
                "SKLEP PRZYKLADOWY SP Z O O", "PLN", "IMJ2511030004", 308, LocalDate.of(2025, 11, 4),
                LocalDate.of(2025, 11, 4), 0, 3_000, CREATED);
        List<StatementEntry> entries = List.of(
                new StatementEntry(Kind.SALE, at(2025, 11, 4, 8, 0), 19_999, "TX4D6F8H0J2L4N", "ORD-2025-000200",
                        "PLATNOSC BLIK", "JAN KOWALSKI", null),
                new StatementEntry(Kind.REFUND, at(2025, 11, 4, 9, 0), -1_999, "RF1A3S5D7F9G2H", "ORD-2025-000190",
                        "ZWROT DO ZAMOWIENIA ORD-2025-000190", null, null),
                new StatementEntry(Kind.PAYOUT, at(2025, 11, 4, 17, 0), -15_000, "PO-2025-000043", null,
                        "WYPLATA PO-2025-000043 NA RACHUNEK", null, "PL28998000191234567890120001"));

        String written = mt940(Mt940Profile.SWIFT_STRICT, account, entries);

        String expected = golden(3)
                // Bramka writes the text block only: the envelope needs BICs a statement account does not have.
                .replace("{1:F01IMJGPLPWAXXX0000000000}{2:I940SKLPPLPWXXXXN}{4:\r\n", "")
                .replace("\r\n-}\r\n", "\r\n-\r\n")
                // An entry does not say the payment method: a sale's supplementary details are PAYMENT, not BLIK.
                .replace("\r\nBLIK\r\n", "\r\nPAYMENT\r\n")
                .replace("//PO2511040043", "//PO2025000043");
        assertThat(written).isEqualTo(expected);
        assertThat(Mt940Check.statements(written, Mt940Profile.SWIFT_STRICT)).hasSize(1);
    }

    private String mt940(Mt940Profile profile, StatementAccount account, List<StatementEntry> entries)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StatementWriter writer = formats.open(new StatementOptions(Format.MT940, profile, Mt940Encoding.ASCII,
                CamtVersion.V02), out, CREATED);
        writer.startStatement(account);
        for (StatementEntry entry : entries) {
            writer.entry(entry);
        }
        writer.endStatement();
        writer.finish();
        return out.toString(StandardCharsets.US_ASCII);
    }

    static String golden(int example) throws IOException {
        try (InputStream in = Mt940GoldenTests.class.getResourceAsStream("/statements/example-" + example + ".sta")) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(WARSAW).toInstant();
    }
}
