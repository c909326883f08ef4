package pl.bramka.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongConsumer;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import pl.bramka.report.Ledger.Account;
import pl.bramka.report.ReportRequest.Report;
import pl.bramka.report.StatementEntry.Kind;
import pl.bramka.shared.DayRange;
import pl.bramka.shop.MerchantShops;
import pl.bramka.shop.Shop;

/**
 * Writes a report's file, CSV or statement, from the streamed bookings in constant memory, telling how many rows are
 * written so far; the same for a download the user waits for and for one written in the background.
 */
@Component
class ReportFiles {

    /** Rows between two progress reports. */
    static final long PROGRESS_STEP = 1000;
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final DateTimeFormatter STATEMENT_DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private final Ledger ledger;
    private final StatementFormats statements;
    private final MerchantShops shops;
    private final MessageSource messages;

    ReportFiles(Ledger ledger, StatementFormats statements, MerchantShops shops, MessageSource messages) {
        this.ledger = ledger;
        this.statements = statements;
        this.shops = shops;
        this.messages = messages;
    }

    /** The bookings the file holds: a statement holds only what was booked. */
    static ReportCriteria criteriaOf(Report report) {
        return report.format() == ReportFormat.CSV ? report.criteria() : report.criteria().booked();
    }

    long rows(Report report) {
        return ledger.count(criteriaOf(report));
    }

    /** Whether the file would have more rows than the limit, without counting them all. */
    boolean exceeds(Report report, long rows) {
        return ledger.exceeds(criteriaOf(report), rows);
    }

    /** The statements a statement file would hold; a file without any would be empty, so it is refused. */
    List<Account> accounts(Report report) {
        return ledger.accounts(criteriaOf(report));
    }

    static String fileName(Report report) {
        String extension = switch (report.format()) {
            case CSV -> "csv";
            case MT940 -> "sta";
            case CAMT053 -> "xml";
        };
        return "raport-" + report.criteria().days().first() + "-" + report.criteria().days().last() + "."
                + extension;
    }

    static String contentType(Report report) {
        return switch (report.format()) {
            case CSV -> "text/csv;charset=UTF-8";
            case MT940 -> "text/plain;charset=" + switch (report.statement().encoding()) {
                case ASCII -> "US-ASCII";
                case CP852 -> "IBM852";
                case WINDOWS_1250 -> "windows-1250";
                case UTF_8 -> "UTF-8";
            };
            case CAMT053 -> "application/xml";
        };
    }

    void write(Report report, Locale locale, Map<UUID, String> shopNames, OutputStream out,
            LongConsumer rowsWritten) throws IOException {
        Progress progress = new Progress(rowsWritten);
        try {
            if (report.format() == ReportFormat.CSV) {
                writeCsv(report, locale, shopNames, out, progress);
            } else {
                writeStatements(report, locale, out, progress);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        progress.done();
    }

    private void writeCsv(Report report, Locale locale, Map<UUID, String> shopNames, OutputStream out,
            Progress progress) throws IOException {
        try (ReportCsv csv = ReportCsv.open(out, report.dialect(), report.columns(), messages, locale, shopNames)) {
            ledger.stream(report.criteria(), booking -> {
                try {
                    csv.write(booking);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                progress.row();
            });
        }
    }

    /**
     * One statement per shop and currency, its balances by SQL sums before its entries stream: the opening one of
     * every booking before the range, the closing one the opening plus the range's.
     */
    private void writeStatements(Report report, Locale locale, OutputStream out, Progress progress)
            throws IOException {
        ReportCriteria criteria = criteriaOf(report);
        DayRange days = criteria.days();
        StatementWriter writer = statements.open(report.statement(), out, criteria.asOf());
        int number = 0;
        for (Account account : ledger.accounts(criteria)) {
            number++;
            ReportCriteria ofAccount = criteria.ofAccount(account.serviceId(), account.currency());
            long opening = days.first().isAfter(EARLIEST)
                    ? ledger.sum(ofAccount.withDays(new DayRange(EARLIEST, days.first().minusDays(1)))) : 0;
            Shop shop = shops.get(criteria.merchantId(), account.serviceId());
            writer.startStatement(new StatementAccount(shop.iban() != null ? shop.iban() : shop.serviceId().toString(),
                    shop.name(), account.currency(), "BRK" + STATEMENT_DAY.format(days.last())
                            + String.format("%03d", number),
                    days.last().getYear() % 100 * 1000L + days.last().getDayOfYear(), days.first(), days.last(),
                    opening, opening + account.amount(), criteria.asOf()));
            ledger.stream(ofAccount, booking -> {
                try {
                    writer.entry(entry(booking, shop, locale));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                progress.row();
            });
            writer.endStatement();
        }
        writer.finish();
    }

    private StatementEntry entry(Booking booking, Shop shop, Locale locale) {
        boolean payout = booking.kind() == Kind.PAYOUT || booking.kind() == Kind.PAYOUT_RETURNED;
        String title = payout ? messages.getMessage("reports.payoutTitle",
                new Object[] {String.valueOf(booking.payoutDate())}, locale)
                : booking.kind() == Kind.COMMISSION ? messages.getMessage("reports.kind.COMMISSION", null, locale)
                        + " " + booking.title() : booking.title();
        @Nullable String counterparty = payout ? shop.name() : booking.payer();
        return new StatementEntry(booking.kind(), booking.bookedAt(), booking.amount(),
                booking.reference().toString(), booking.orderId(), title, counterparty, booking.iban());
    }

    /** Counts rows and tells the count every {@link #PROGRESS_STEP} rows and at the end. */
    private static final class Progress {

        private final LongConsumer rowsWritten;
        private long rows;

        Progress(LongConsumer rowsWritten) {
            this.rowsWritten = rowsWritten;
        }

        void row() {
            rows++;
            if (rows % PROGRESS_STEP == 0) {
                rowsWritten.accept(rows);
            }
        }

        void done() {
            rowsWritten.accept(rows);
        }
    }
}
