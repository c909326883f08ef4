package pl.bramka.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import pl.bramka.report.StatementOptions.Mt940Encoding;
import pl.bramka.report.StatementOptions.Mt940Profile;

/**
 * MT940 as Polish e-banking exports it: the text block only ({@code :20:} … {@code :62F:}, {@code :64:}), CRLF, a
 * {@code -} line after each statement, one statement per account and currency on one page (files need not be split
 * into FIN's 2,000-character pages). See {@code docs/statements.md}.
 */
class Mt940Writer implements StatementWriter {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    private static final DateTimeFormatter MMDD = DateTimeFormatter.ofPattern("MMdd");

    private static final String CRLF = "\r\n";

    private static final int LINE = 65;

    private static final int REFERENCE = 16;

    private static final Pattern SLASHES = Pattern.compile("/{2,}");

    private static final Pattern OUTER_SLASHES = Pattern.compile("^/+|/+$");

    private final Mt940Profile profile;

    private final Mt940Details details;

    private final Writer out;

    private @Nullable StatementBalance statement;

    Mt940Writer(Mt940Profile profile, Mt940Encoding encoding, OutputStream out) {
        this.profile = profile;
        this.details = new Mt940Details(profile, new Mt940Text(profile, encoding));
        this.out = new BufferedWriter(new OutputStreamWriter(out, Mt940Text.charset(encoding)));
    }

    @Override
    public void startStatement(StatementAccount account) throws IOException {
        if (statement != null) {
            throw new IllegalStateException("Statement " + statement.account().statementId() + " is not ended");
        }
        StatementBalance opened = new StatementBalance(account);
        statement = opened;
        line(":20:" + cut(Mt940Text.swiftX(account.statementId()), REFERENCE));
        // Polish banks (PKO) write the account as "/" and the IBAN; SWIFT's own examples write the IBAN alone.
        String accountPrefix = profile == Mt940Profile.POLISH_STRUCTURED ? "/" : "";
        line(":25:" + accountPrefix + cut(Mt940Text.swiftX(account.accountId()).replace(" ", ""), 34));
        line(":28C:" + String.format("%05d/001", account.sequenceNumber() % 100_000));
        line(":60F:" + balance(opened, account.openingBalance(), account.firstDay().minusDays(1)));
    }

    @Override
    public void entry(StatementEntry entry) throws IOException {
        StatementBalance current = current();
        current.add(entry);
        StatementCodes codes = StatementCodes.of(entry.kind());
        LocalDate booked = entry.bookedAt().atZone(Statements.WARSAW).toLocalDate();
        String statementLine = ":61:" + booked.format(YYMMDD) + booked.format(MMDD) + mark(entry.amount())
                + current.unsigned(entry.amount(), ',') + codes.swiftType() + ownerReference(entry);
        String servicingReference = cut(servicingReference(entry.reference()), Math.min(REFERENCE,
                LINE - statementLine.length() - 2));
        line(servicingReference.isEmpty() ? statementLine : statementLine + "//" + servicingReference);
        line(profile == Mt940Profile.POLISH_STRUCTURED ? codes.polishDetails() : codes.englishDetails());
        List<String> detailLines = details.lines(entry, codes);
        line(":86:" + detailLines.get(0));
        for (String detail : detailLines.subList(1, detailLines.size())) {
            line(detail);
        }
    }

    @Override
    public void endStatement() throws IOException {
        StatementBalance current = current();
        current.checkClosed();
        StatementAccount account = current.account();
        String closing = balance(current, account.closingBalance(), account.lastDay());
        line(":62F:" + closing);
        // Bramka holds nothing back, so the available balance is the booked one.
        line(":64:" + closing);
        line("-");
        statement = null;
    }

    @Override
    public void finish() throws IOException {
        if (statement != null) {
            throw new IllegalStateException("Statement " + statement.account().statementId() + " is not ended");
        }
        out.flush();
    }

    private StatementBalance current() {
        if (statement == null) {
            throw new IllegalStateException("No statement is started");
        }
        return statement;
    }

    private void line(String content) throws IOException {
        out.write(content);
        out.write(CRLF);
    }

    private static String balance(StatementBalance statement, long amount, LocalDate day) {
        return mark(amount) + day.format(YYMMDD) + statement.account().currency() + statement.unsigned(amount, ',');
    }

    private static String mark(long amount) {
        return amount < 0 ? "D" : "C";
    }

    /**
     * The {@linkplain Statements#ownerId owner's id} as it is when it fits 16 characters, else its first 16 letters
     * and digits; SWIFT's NONREF when there is none.
     */
    static String ownerReference(StatementEntry entry) {
        // 16x may not start or end with a slash nor hold two in a row: "//" opens the servicing reference.
        String ownerId = Statements.ownerId(entry);
        String cleaned = stripSlashes(SLASHES.matcher(Mt940Text.swiftX(ownerId).replace(" ", "")).replaceAll("/"));
        if (cleaned.length() > REFERENCE) {
            cleaned = cut(Statements.lettersAndDigits(ownerId), REFERENCE);
        }
        return cleaned.isEmpty() ? "NONREF" : cleaned;
    }

    /** The transaction or payout id in letters and digits only; a UUID keeps its first 16 hexadecimal digits. */
    static String servicingReference(String reference) {
        return cut(Statements.lettersAndDigits(reference), REFERENCE);
    }

    private static String stripSlashes(String reference) {
        return OUTER_SLASHES.matcher(reference).replaceAll("");
    }

    static String cut(String value, int length) {
        return value.length() <= length ? value : value.substring(0, Math.max(length, 0));
    }
}
