package pl.bramka.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import pl.bramka.report.ReportRequest.Report;
import pl.bramka.shared.DayRange;
import pl.bramka.shared.DayRangePreset;
import pl.bramka.shop.ShopDirectory;

/**
 * The reports other modules may have written without a user waiting for them (e.g. a scheduled report): a report of
 * a given type over a closed range of days, written to a stream. The parameters go through the report form's own
 * reading ({@link ReportRequest}), so a scheduled report is the same file a download of the same range gives.
 */
@Component
public class ReportGeneration {

    /** The reports that can be made without a user, each with the report form's parameters it stands for. */
    public enum Type {
        TRANSACTIONS_CSV("csv"), MT940("mt940"), CAMT053("camt053"), ACCOUNTANT("csv");

        private final String format;

        Type(String format) {
            this.format = format;
        }
    }

    /** What was written: the name and media type to send it under, its rows and bytes. */
    public record Generated(String fileName, String contentType, long rows, long bytes) {
    }

    private final ReportFiles files;
    private final ShopDirectory shops;

    ReportGeneration(ReportFiles files, ShopDirectory shops) {
        this.files = files;
        this.shops = shops;
    }

    /**
     * Writes the report of the merchant's bookings of the days as they stood at {@code asOf}. A statement of days
     * without any booking is written without statements (an empty file says "nothing happened" to a mailbox).
     */
    public Generated write(UUID merchantId, Type type, DayRange days, Instant asOf, Locale locale, OutputStream out)
            throws IOException {
        Map<UUID, String> names = new LinkedHashMap<>();
        shops.shopsOf(merchantId).forEach(shop -> names.put(shop.serviceId(), shop.name()));
        Report report = report(merchantId, type, days, asOf, names);
        CountingOutputStream counted = new CountingOutputStream(out);
        long[] rows = new long[1];
        files.write(report, locale, names, counted, written -> rows[0] = written);
        counted.flush();
        return new Generated(ReportFiles.fileName(report), ReportFiles.contentType(report), rows[0], counted.count());
    }

    private static Report report(UUID merchantId, Type type, DayRange days, Instant asOf, Map<UUID, String> names) {
        ReportRequest request = new ReportRequest();
        request.setRange(DayRangePreset.CUSTOM.parameter());
        request.setFrom(days.first().toString());
        request.setTo(days.last().toString());
        request.setFormat(type.format);
        request.setAsOf(asOf.toString());
        if (type == Type.ACCOUNTANT) {
            request.setColumn(ReportColumn.ACCOUNTANT.stream().map(ReportColumn::parameter).toList());
            request.setOperation(ReportsController.ACCOUNTANT_OPERATIONS.stream().map(Operation::parameter).toList());
        }
        BindingResult errors = new BeanPropertyBindingResult(request, "report");
        Optional<Report> report = request.read(merchantId, names.keySet(), days.last(), asOf, errors);
        return report.orElseThrow(() -> new IllegalArgumentException("Report parameters refused: " + errors));
    }
}
