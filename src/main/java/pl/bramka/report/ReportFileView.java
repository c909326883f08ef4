package pl.bramka.report;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.View;
import pl.bramka.report.ReportRequest.Report;

/**
 * The report file as a download, written while the rows stream from the database: the response starts with the
 * first rows and memory stays the same whatever the number of rows.
 */
final class ReportFileView implements View {

    private final ReportFiles files;
    private final Report report;
    private final Locale locale;
    private final Map<UUID, String> shopNames;

    ReportFileView(ReportFiles files, Report report, Locale locale, Map<UUID, String> shopNames) {
        this.files = files;
        this.report = report;
        this.locale = locale;
        this.shopNames = shopNames;
    }

    @Override
    public String getContentType() {
        return ReportFiles.contentType(report);
    }

    @Override
    public void render(@Nullable Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setContentType(getContentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(ReportFiles.fileName(report)).build().toString());
        files.write(report, locale, shopNames, response.getOutputStream(), rows -> {
        });
        response.flushBuffer();
    }
}
