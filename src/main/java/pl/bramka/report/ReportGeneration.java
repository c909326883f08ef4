package pl.bramka.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import pl.bramka.payout.Payout;
import pl.bramka.payout.PayoutLookup;
import pl.bramka.report.PayoutReportRequest.PayoutReport;
import pl.bramka.report.ReportRequest.Report;
import pl.bramka.shared.DayRange;
import pl.bramka.shared.DayRangePreset;
import pl.bramka.shared.Money;
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
        TRANSACTIONS_CSV("csv"), MT940("mt940"), CAMT053("camt053"), PAYOUTS("csv"), ACCOUNTANT("csv");

        private final String format;

        Type(String format) {
            this.format = format;
        }
    }

    /**
     * The report form's filters a report made without a user keeps: the merchant's shops (none: all), a currency
     * (null: all) and the form's other options.
     */
    public record Filters(Set<UUID> shops, @Nullable String currency, Options options) {

        public static final Filters NONE = new Filters(Set.of(), null, Options.DEFAULTS);

        public Filters {
            shops = Set.copyOf(shops);
        }
    }

    /**
     * The report form's other options, as its parameters (none chosen: the form's default): operations, statuses,
     * methods, CSV columns and dialect, MT940 profile and encoding, camt.053 version.
     */
    public record Options(List<String> operations, List<String> statuses, List<String> methods, List<String> columns,
            String dialect, String mt940Profile, String encoding, String camtVersion) {

        public static final Options DEFAULTS = new Options(List.of(), List.of(), List.of(), List.of(), "", "", "",
                "");

        public Options {
            operations = List.copyOf(operations);
            statuses = List.copyOf(statuses);
            methods = List.copyOf(methods);
            columns = List.copyOf(columns);
        }
    }

    /** The report form's fields {@link #readFilters} rejects, named as the form names them. */
    private static final List<String> FILTER_FIELDS = List.of("shop", "currency", "operation", "status", "method",
            "column", "dialect", "mt940Profile", "encoding", "camtVersion");
    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    /** What was written: the name and media type to send it under, its rows and bytes. */
    public record Generated(String fileName, String contentType, long rows, long bytes) {
    }

    private final ReportFiles files;
    private final ShopDirectory shops;
    private final PayoutLookup payouts;
    private final MessageSource messages;
    private final Clock clock;

    ReportGeneration(ReportFiles files, ShopDirectory shops, PayoutLookup payouts, MessageSource messages,
            Clock clock) {
        this.files = files;
        this.shops = shops;
        this.payouts = payouts;
        this.messages = messages;
        this.clock = clock;
    }

    /** The merchant's shops by id, named, for choosing filters. */
    public Map<UUID, String> shopNames(UUID merchantId) {
        Map<UUID, String> names = new LinkedHashMap<>();
        shops.shopsOf(merchantId).forEach(shop -> names.put(shop.serviceId(), shop.name()));
        return names;
    }

    /**
     * Adds the report form's choices of its options, as that form lists them: {@code operations}, {@code statuses},
     * {@code methods}, {@code columns}, {@code dialects}, {@code profiles}, {@code encodings}, {@code camtVersions}
     * (each a list of choices with {@code value()} and the {@code label()} or {@code messageKey()} of its label).
     */
    public void addOptionChoices(Model model) {
        ReportsController.addOptionChoices(model);
    }

    /**
     * Reads the filters and options as the report form does (its own reading, {@link ReportRequest#read}), rejecting
     * the fields of the given errors the report form names ({@code shop}, {@code currency}, {@code operation},
     * {@code status}, {@code method}, {@code column}, {@code dialect}, {@code mt940Profile}, {@code encoding},
     * {@code camtVersion}) with the report form's messages; empty when one is wrong.
     */
    public Optional<Filters> readFilters(UUID merchantId, List<String> typedShops, String typedCurrency,
            Options typedOptions, Errors errors) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, WARSAW);
        ReportRequest request = request(typedShops, typedCurrency, typedOptions, new DayRange(today, today), "csv",
                now);
        Optional<Report> report = request.read(merchantId, shopNames(merchantId).keySet(), today, now, errors);
        if (report.isEmpty() || FILTER_FIELDS.stream().anyMatch(errors::hasFieldErrors)) {
            return Optional.empty();
        }
        return Optional.of(new Filters(report.get().criteria().shops(), report.get().criteria().currency(),
                typedOptions));
    }

    /**
     * Writes the report of the merchant's bookings of the days as they stood at {@code asOf}; nothing (empty) for a
     * statement of days without any booking, which would be a file without a statement (a download refuses it too).
     */
    public Optional<Generated> write(UUID merchantId, Type type, Filters filters, DayRange days, Instant asOf,
            Locale locale, OutputStream out) throws IOException {
        Map<UUID, String> names = shopNames(merchantId);
        List<String> filteredShops = filters.shops().stream().map(UUID::toString).sorted().toList();
        String currency = filters.currency() == null ? "" : filters.currency();
        if (type == Type.PAYOUTS) {
            return Optional.of(writePayouts(merchantId, filteredShops, currency, days, locale, names, out));
        }
        Report report = report(merchantId, type, filteredShops, currency, filters.options(), days, asOf, names);
        if (report.format() != ReportFormat.CSV && files.accounts(report).isEmpty()) {
            return Optional.empty();
        }
        CountingOutputStream counted = new CountingOutputStream(out);
        long[] rows = new long[1];
        files.write(report, locale, names, counted, written -> rows[0] = written);
        counted.flush();
        return Optional.of(new Generated(ReportFiles.fileName(report), ReportFiles.contentType(report), rows[0],
                counted.count()));
    }

    /** The payout report of the payouts of the days, as its page's CSV download gives it. */
    private Generated writePayouts(UUID merchantId, List<String> filteredShops, String currency, DayRange days,
            Locale locale, Map<UUID, String> names, OutputStream out) throws IOException {
        PayoutReportRequest request = new PayoutReportRequest();
        request.setShop(filteredShops);
        request.setCurrency(currency);
        request.setRange(DayRangePreset.CUSTOM.parameter());
        request.setFrom(days.first().toString());
        request.setTo(days.last().toString());
        request.setFormat("csv");
        BindingResult errors = new BeanPropertyBindingResult(request, "payouts");
        PayoutReport asked = request.read(names.keySet(), days.last(), errors)
                .orElseThrow(() -> new IllegalArgumentException("Payout report parameters refused: " + errors));
        List<Payout> found = payouts.payoutsOf(merchantId, asked.days().first(), asked.days().last(), asked.shops(),
                asked.currency());
        CountingOutputStream counted = new CountingOutputStream(out);
        long rows = new PayoutsCsvView(found, payoutId -> payouts.itemsOf(merchantId, payoutId), names, messages,
                locale, asked.days()).write(counted);
        counted.flush();
        return new Generated(PayoutsCsvView.fileName(asked.days()), "text/csv;charset=UTF-8", rows,
                counted.count());
    }

    private static Report report(UUID merchantId, Type type, List<String> filteredShops, String currency,
            Options options, DayRange days, Instant asOf, Map<UUID, String> names) {
        ReportRequest request = request(filteredShops, currency, options, days, type.format, asOf);
        if (type == Type.ACCOUNTANT) {
            request.setColumn(ReportColumn.ACCOUNTANT.stream().map(ReportColumn::parameter).toList());
            request.setOperation(ReportsController.ACCOUNTANT_OPERATIONS.stream().map(Operation::parameter).toList());
        }
        BindingResult errors = new BeanPropertyBindingResult(request, "report");
        Optional<Report> report = request.read(merchantId, names.keySet(), days.last(), asOf, errors);
        return report.orElseThrow(() -> new IllegalArgumentException("Report parameters refused: " + errors));
    }

    /** The report form's parameters for the days, as a download of the same report would carry them. */
    private static ReportRequest request(List<String> filteredShops, String currency, Options options, DayRange days,
            String format, Instant asOf) {
        ReportRequest request = new ReportRequest();
        request.setShop(filteredShops);
        request.setCurrency(currency);
        request.setOperation(options.operations());
        request.setStatus(options.statuses());
        request.setMethod(options.methods());
        request.setColumn(options.columns());
        request.setDialect(options.dialect());
        request.setMt940Profile(options.mt940Profile());
        request.setEncoding(options.encoding());
        request.setCamtVersion(options.camtVersion());
        request.setRange(DayRangePreset.CUSTOM.parameter());
        request.setFrom(days.first().toString());
        request.setTo(days.last().toString());
        request.setFormat(format);
        request.setAsOf(asOf.toString());
        return request;
    }
}
