package pl.bramka.report;

import static pl.bramka.report.Mt940GoldenTests.at;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import pl.bramka.report.StatementEntry.Kind;

/**
 * A file of two statements with every kind of booking and the text that troubles statement files: Polish letters,
 * the {@code ~} separator, words starting with {@code :} or {@code -}, control characters, an emoji, titles and
 * names longer than their fields, a foreign IBAN, an account without an IBAN.
 */
final class StatementSamples {

    static final Instant CREATED = Instant.parse("2026-11-02T05:00:00Z");

    static final StatementAccount PLN = new StatementAccount("PL03999000120000000000012345",
            "Sklep Żółć i Gęś sp. z o.o.", "PLN", "BRK2611010001", 42, LocalDate.of(2026, 10, 1),
            LocalDate.of(2026, 10, 31), 1_000_00, 1_000_00 + 250_00 - 49_99 - 3_75 - 150_00 + 150_00 + 12_34,
            CREATED);

    static final StatementAccount EUR = new StatementAccount("svc-7f3a2c", "Łódź Store", "EUR", "BRK2611010002", 7,
            LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), -5_00, -5_00 + 99_99 - 1_20, CREATED);

    static final List<StatementEntry> PLN_ENTRIES = List.of(
            new StatementEntry(Kind.SALE, at(2026, 10, 1, 0, 30), 250_00, "0b6f2a9e-4c1d-4e8a-9f3b-7a2c5d8e1f00",
                    "ZAM/2026/10/0001", "Zamówienie nr 1 — żółta łódź, źdźbło; ~tilde~ :colon -dash & więcej tekstu "
                            + "aż do przekroczenia wszystkich limitów pola tytułu przelewu w wyciągu MT940 i dalej",
                    "Zofia Gęślą-Jaźń Przybylska-Wrzeszczyńska", null),
            new StatementEntry(Kind.REFUND, at(2026, 10, 2, 12, 0), -49_99, "1c7e3b0f-5d2e-4f9b-8a4c-8b3d6e9f2a11",
                    "ZAM/2026/10/0001", "Zwrot\tczęściowy\r\n-5% rabatu", "Zofia Przybylska", null),
            new StatementEntry(Kind.COMMISSION, at(2026, 10, 2, 12, 0), -3_75, "0b6f2a9e-4c1d-4e8a-9f3b-7a2c5d8e1f00",
                    "ZAM/2026/10/0001", "Prowizja", null, null),
            new StatementEntry(Kind.PAYOUT, at(2026, 10, 31, 23, 59), -150_00, "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a",
                    null, "Wypłata środków 2026-10-31", "Sklep Żółć i Gęś sp. z o.o.",
                    "PL28 9980 0019 1234 5678 9012 0001"),
            new StatementEntry(Kind.PAYOUT_RETURNED, at(2026, 10, 31, 23, 59), 150_00,
                    "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a", null, "Zwrot wypłaty", "Sklep Żółć i Gęś sp. z o.o.",
                    "PL28998000191234567890120001"),
            new StatementEntry(Kind.SALE, at(2026, 10, 31, 12, 0), 12_34, "TX-SHORT", null, "", null, null));

    static final List<StatementEntry> EUR_ENTRIES = List.of(
            new StatementEntry(Kind.SALE, at(2026, 10, 5, 9, 0), 99_99, "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d",
                    "order:42", "Payment 😀 for order 42", "Jürgen Groß", null),
            new StatementEntry(Kind.COMMISSION, at(2026, 10, 5, 9, 0), -1_20, "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d",
                    "order:42", "Fee", null, "DE89370400440532013000"));

    private StatementSamples() {
    }

    static byte[] written(StatementOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StatementWriter writer = new StatementFiles().open(options, out, CREATED);
        write(writer, PLN, PLN_ENTRIES);
        write(writer, EUR, EUR_ENTRIES);
        writer.finish();
        return out.toByteArray();
    }

    static void write(StatementWriter writer, StatementAccount account, List<StatementEntry> entries)
            throws IOException {
        writer.startStatement(account);
        for (StatementEntry entry : entries) {
            writer.entry(entry);
        }
        writer.endStatement();
    }
}
