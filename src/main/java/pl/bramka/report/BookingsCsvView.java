package pl.bramka.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.View;
import pl.bramka.report.ReportRequest.Report;

/**
 * The report as a CSV download, written while the rows stream from the database: the response starts with the first
 * rows and memory stays the same whatever the number of rows.
 */
final class BookingsCsvView implements View {

    private final Ledger ledger;
    private final Report report;
    private final MessageSource messages;
    private final Locale locale;
    private final Map<UUID, String> shopNames;

    BookingsCsvView(Ledger ledger, Report report, MessageSource messages, Locale locale, Map<UUID, String> shopNames) {
        this.ledger = ledger;
        this.report = report;
        this.messages = messages;
        this.locale = locale;
        this.shopNames = shopNames;
    }

    @Override
    public String getContentType() {
        return "text/csv;charset=UTF-8";
    }

    @Override
    public void render(@Nullable Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setContentType(getContentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName(report) + "\"");
        try (ReportCsv csv = ReportCsv.open(response.getOutputStream(), report.dialect(), report.columns(), messages,
                locale, shopNames)) {
            ledger.stream(report.criteria(), booking -> {
                try {
                    csv.write(booking);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** E.g. {@code raport-2026-11-01-2026-11-30.csv}. */
    static String fileName(Report report) {
        return "raport-" + report.criteria().days().first() + "-" + report.criteria().days().last() + ".csv";
    }
}
