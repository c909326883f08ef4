package pl.bramka.report;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import pl.bramka.report.ReportRequest.Report;
import pl.bramka.shared.DayRange;
import pl.bramka.shared.DayRangePreset;

/**
 * The guide's report for the accountant (last month's CSV: order number, amounts, currency; paid out, sales, refunds)
 * generated in {@code /reports/generated} on a user's behalf without a request: the demo merchant gets one on its first
 * start. The parameters are the form's own ({@link ReportsController#accountantUrl()}), read as a download reads them.
 */
@Service
public class AccountantReports {

    private final ReportFiles files;
    private final BackgroundReports background;
    private final ReportGeneration generation;
    private final Clock clock;

    AccountantReports(ReportFiles files, BackgroundReports background, ReportGeneration generation, Clock clock) {
        this.files = files;
        this.background = background;
        this.generation = generation;
        this.clock = clock;
    }

    /** Starts writing last month's report of the merchant as of now, requested by the user; returns its id. */
    public UUID generateLastMonth(UUID merchantId, UUID requestedBy, Locale locale) {
        Map<UUID, String> names = generation.shopNames(merchantId);
        ReportRequest request = new ReportRequest();
        request.setFormat(ReportFormat.CSV.parameter());
        request.setRange(DayRangePreset.LAST_MONTH.parameter());
        request.setColumn(ReportColumn.ACCOUNTANT.stream().map(ReportColumn::parameter).toList());
        request.setOperation(ReportsController.ACCOUNTANT_OPERATIONS.stream().map(Operation::parameter).toList());
        request.setAsOf(clock.instant().toString());
        BindingResult errors = new BeanPropertyBindingResult(request, "report");
        Report report = request.read(merchantId, names.keySet(), DayRange.today(clock), clock.instant(), errors)
                .orElseThrow(() -> new IllegalStateException("The accountant's report refused: " + errors));
        return background.start(new BackgroundReports.Request(merchantId, requestedBy, ReportFiles.fileName(report),
                ReportFiles.contentType(report), files.rows(report), request.queryString()),
                (out, rowsWritten) -> files.write(report, locale, names, out, rowsWritten));
    }
}
