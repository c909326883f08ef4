package pl.bramka.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.View;
import pl.bramka.payout.Payout;
import pl.bramka.payout.PayoutItem;
import pl.bramka.shared.DayRange;
import pl.bramka.shared.Money;

/**
 * The payout report as an Excel PL CSV (formats.md §5): one line per item, each repeating its payout, so the items
 * of a payout can be summed to the payout's amount in a spreadsheet.
 */
final class PayoutsCsvView implements View {

    static final List<String> COLUMNS = List.of("payoutId", "payoutDate", "shop", "currency", "payoutAmount",
            "payoutStatus", "iban", "itemKind", "transactionId", "itemDate", "amount", "commission", "net");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(DayRange.WARSAW);

    private final List<Payout> payouts;
    private final Function<UUID, List<PayoutItem>> items;
    private final Map<UUID, String> shopNames;
    private final MessageSource messages;
    private final Locale locale;
    private final DayRange days;

    PayoutsCsvView(List<Payout> payouts, Function<UUID, List<PayoutItem>> items, Map<UUID, String> shopNames,
            MessageSource messages, Locale locale, DayRange days) {
        this.payouts = payouts;
        this.items = items;
        this.shopNames = shopNames;
        this.messages = messages;
        this.locale = locale;
        this.days = days;
    }

    @Override
    public String getContentType() {
        return "text/csv;charset=UTF-8";
    }

    @Override
    public void render(@Nullable Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setContentType(getContentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName(days) + "\"");
        write(response.getOutputStream());
    }

    static String fileName(DayRange days) {
        return "wyplaty-" + days.first() + "-" + days.last() + ".csv";
    }

    /** Writes the CSV (a scheduled report writes it to a file) and tells how many item lines it holds. */
    long write(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(ReportCsv.BYTE_ORDER_MARK);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
                .setDelimiter(CsvDialect.EXCEL_PL.delimiter()).setRecordSeparator("\r\n").get());
        printer.printRecord(COLUMNS.stream().map(column -> column.equals("itemDate")
                ? messages.getMessage("reports.payouts.column.itemDate", new Object[] {DayRange.WARSAW.getId()},
                        locale)
                : messages.getMessage("reports.payouts.column." + column, null, locale)));
        long rows = 0;
        for (Payout payout : payouts) {
            for (PayoutItem item : items.apply(payout.id())) {
                rows++;
                printer.printRecord(payout.id(), payout.period(),
                        ReportCsv.text(shopNames.get(payout.serviceId())), payout.currency(),
                        amount(payout.amount(), payout.currency()),
                        messages.getMessage("payouts.status." + payout.status().name(), null, locale),
                        Objects.toString(payout.iban(), ""),
                        messages.getMessage("reports.payouts.item." + item.kind().name(), null, locale),
                        Objects.toString(item.transactionId(), ""), TIME.format(item.occurredAt()),
                        amount(item.amount(), payout.currency()), amount(-item.commission(), payout.currency()),
                        amount(item.net(), payout.currency()));
            }
        }
        printer.flush();
        return rows;
    }

    private static String amount(long minor, String currency) {
        return BigDecimal.valueOf(minor, Money.fractionDigits(currency)).toPlainString().replace('.', ',');
    }
}
