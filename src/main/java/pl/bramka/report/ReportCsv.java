package pl.bramka.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import pl.bramka.payment.PanelStatus;
import pl.bramka.payment.TransactionStatus;
import pl.bramka.report.StatementEntry.Kind;
import pl.bramka.shared.DayRange;

/**
 * Writes report rows as CSV, one at a time, in the chosen dialect, columns and language. A text cell a spreadsheet
 * would take for a formula (starting with = + - @, a tab or a carriage return) gets a leading apostrophe: order
 * numbers, titles and payer names come from shops and payers. Amounts are numbers and are never changed, so a
 * negative amount keeps its minus.
 */
final class ReportCsv implements AutoCloseable {

    /** Excel recognises UTF-8 only by this mark at the start of the file. */
    static final String BYTE_ORDER_MARK = "\uFEFF";

    private static final int BUFFER_SIZE = 64 * 1024;

    private final CSVPrinter printer;
    private final List<ReportColumn> columns;
    private final MessageSource messages;
    private final Locale locale;
    private final Map<UUID, String> shopNames;
    private final CsvTimes times;
    // Looked up once per file, not per row: a message lookup costs more than the rest of a row.
    private final Map<Kind, String> kindNames = new EnumMap<>(Kind.class);
    private final Map<String, String> statusNames = new HashMap<>();
    private final CsvAmounts amounts;

    private ReportCsv(CSVPrinter printer, CsvDialect dialect, List<ReportColumn> columns, MessageSource messages,
            Locale locale, Map<UUID, String> shopNames) {
        this.printer = printer;
        this.columns = columns;
        this.messages = messages;
        this.locale = locale;
        this.shopNames = shopNames;
        this.times = dialect == CsvDialect.EXCEL_PL ? CsvTimes.warsaw() : CsvTimes.utc();
        this.amounts = new CsvAmounts(dialect.decimalSeparator());
    }

    /** Starts the file: the byte order mark of Excel PL and the header row in the user's language. */
    static ReportCsv open(OutputStream out, CsvDialect dialect, List<ReportColumn> columns, MessageSource messages,
            Locale locale, Map<UUID, String> shopNames) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER_SIZE);
        if (dialect == CsvDialect.EXCEL_PL) {
            writer.write(BYTE_ORDER_MARK);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(dialect.delimiter()).setRecordSeparator("\r\n")
                .get();
        CSVPrinter printer = new CSVPrinter(writer, format);
        String zone = dialect == CsvDialect.EXCEL_PL ? DayRange.WARSAW.getId() : "UTC";
        printer.printRecord(columns.stream().map(column -> column == ReportColumn.DATE
                ? messages.getMessage("reports.column.date.zone", new Object[] {zone}, locale)
                : messages.getMessage("reports.column." + column.parameter(), null, locale)));
        return new ReportCsv(printer, dialect, columns, messages, locale, shopNames);
    }

    void write(Booking booking) throws IOException {
        for (ReportColumn column : columns) {
            printer.print(value(column, booking));
        }
        printer.println();
    }

    @Override
    public void close() throws IOException {
        printer.flush();
    }

    private String value(ReportColumn column, Booking booking) {
        boolean payout = booking.orderId() == null;
        return switch (column) {
            case DATE -> times.format(booking.bookedAt());
            case ORDER_NUMBER -> text(booking.orderId());
            case TRANSACTION_ID -> payout ? "" : booking.reference().toString();
            case TITLE -> text(payout ? messages.getMessage("reports.payoutTitle",
                    new Object[] {String.valueOf(booking.payoutDate())}, locale) : booking.title());
            case TYPE -> kindNames.computeIfAbsent(booking.kind(),
                    kind -> messages.getMessage("reports.kind." + kind.name(), null, locale));
            case AMOUNT -> amounts.format(booking.amount(), booking.currency());
            case COMMISSION -> amounts.format(booking.commission(), booking.currency());
            case NET -> amounts.format(booking.net(), booking.currency());
            case CURRENCY -> booking.currency();
            case STATUS -> statusNames.computeIfAbsent(booking.status(),
                    status -> messages.getMessage(statusKey(status), null, locale));
            case METHOD -> Objects.toString(booking.method(), "");
            case PAYER -> text(booking.payer());
            case PAYOUT_ID -> Objects.toString(booking.payoutId(), "");
            case PAYOUT_DATE -> Objects.toString(booking.payoutDate(), "");
            case SHOP -> text(shopNames.get(booking.serviceId()));
        };
    }

    /** A status as the panel names it: the guide's four for transactions, sent or returned for payouts. */
    static String statusKey(String wire) {
        if (wire.equals("sent") || wire.equals("returned")) {
            return "reports.payoutStatus." + wire;
        }
        return "reports.status." + PanelStatus.of(TransactionStatus.ofWire(wire)).name();
    }

    static String text(@Nullable String value) {
        String text = Objects.toString(value, "");
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
