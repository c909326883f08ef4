package pl.bramka.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;
import org.springframework.web.util.UriComponentsBuilder;
import pl.bramka.payment.PanelStatus;
import pl.bramka.report.StatementOptions.CamtVersion;
import pl.bramka.report.StatementOptions.Mt940Encoding;
import pl.bramka.report.StatementOptions.Mt940Profile;
import pl.bramka.shared.DayRange;
import pl.bramka.shared.DayRangePreset;
import pl.bramka.shared.Ids;
import pl.bramka.shared.Money;
import pl.bramka.shop.PaymentMethodCatalogue;
import pl.bramka.shop.PaymentMethodDefinition;

/**
 * A report's parameters as the address carries them (the list's filters, the form, a download link), bound from
 * GET parameters. {@link #read} gives the report, or rejects each field that is wrong with its message key.
 */
class ReportRequest extends ReportFormFields {

    static final DayRangePreset DEFAULT_PRESET = DayRangePreset.THIS_MONTH;
    /** The longest range downloaded while the user waits. */
    static final int MAX_MONTHS = 13;

    private String range = "";
    private String from = "";
    private String to = "";
    private String format = "";
    private String asOf = "";

    /**
     * What the parameters ask for, once every one of them is understood.
     *
     * @param statement how a statement is written; for a CSV the defaults, unused
     */
    record Report(DayRangePreset preset, ReportCriteria criteria, ReportFormat format, List<ReportColumn> columns,
            CsvDialect dialect, StatementOptions statement) {
    }

    /**
     * @param shops  the merchant's shops: any other id is an unknown shop
     * @param now    the snapshot when the address names none
     */
    Optional<Report> read(UUID merchantId, Set<UUID> shops, LocalDate today, Instant now, Errors errors) {
        DayRange days = days(range, from, to, today, errors);
        Set<UUID> chosenShops = shops(getShop(), shops, errors);
        Set<Operation> operations = EnumSet.noneOf(Operation.class);
        for (String typed : getOperation()) {
            Operation.ofParameter(typed).ifPresentOrElse(operations::add,
                    () -> reject(errors, "operation", "reports.error.operation"));
        }
        Set<PanelStatus> statuses = EnumSet.noneOf(PanelStatus.class);
        for (String typed : getStatus()) {
            panelStatus(typed).ifPresentOrElse(statuses::add,
                    () -> reject(errors, "status", "reports.error.status"));
        }
        Set<String> methods = new LinkedHashSet<>();
        for (String typed : getMethod()) {
            if (paymentMethods().contains(typed)) {
                methods.add(typed);
            } else {
                reject(errors, "method", "reports.error.method");
            }
        }
        if (!getCurrency().isBlank() && !Money.CURRENCIES.contains(getCurrency())) {
            reject(errors, "currency", "reports.error.currency");
        }
        List<ReportColumn> columns = new ArrayList<>();
        for (String typed : getColumn()) {
            ReportColumn.ofParameter(typed).filter(known -> !columns.contains(known)).ifPresentOrElse(columns::add,
                    () -> reject(errors, "column", "reports.error.column"));
        }
        Optional<CsvDialect> csvDialect = getDialect().isBlank() ? Optional.of(CsvDialect.EXCEL_PL)
                : CsvDialect.ofParameter(getDialect());
        if (csvDialect.isEmpty()) {
            reject(errors, "dialect", "reports.error.dialect");
        }
        Optional<ReportFormat> chosenFormat = format.isBlank() ? Optional.of(ReportFormat.CSV)
                : ReportFormat.ofParameter(format);
        if (chosenFormat.isEmpty()) {
            reject(errors, "format", "reports.error.format");
        }
        Optional<Mt940Profile> profile = StatementChoices.chosen(StatementChoices.PROFILES, getMt940Profile(),
                Mt940Profile.POLISH_STRUCTURED);
        if (profile.isEmpty()) {
            reject(errors, "mt940Profile", "reports.error.mt940Profile");
        }
        Optional<Mt940Encoding> charset = StatementChoices.chosen(StatementChoices.ENCODINGS, getEncoding(),
                Mt940Encoding.ASCII);
        if (charset.isEmpty()) {
            reject(errors, "encoding", "reports.error.encoding");
        }
        Optional<CamtVersion> version = StatementChoices.chosen(StatementChoices.CAMT_VERSIONS, getCamtVersion(),
                CamtVersion.V02);
        if (version.isEmpty()) {
            reject(errors, "camtVersion", "reports.error.camtVersion");
        }
        Optional<Instant> snapshot = asOf.isBlank() ? Optional.of(now) : instant(asOf);
        if (snapshot.isEmpty()) {
            reject(errors, "asOf", "reports.error.asOf");
        }
        if (errors.hasErrors() || days == null) {
            return Optional.empty();
        }
        columns.sort(null);
        ReportCriteria criteria = new ReportCriteria(merchantId, days, snapshot.get(), chosenShops,
                operations.isEmpty() ? EnumSet.allOf(Operation.class) : operations, statuses, methods,
                getCurrency().isBlank() ? null : getCurrency());
        ReportFormat reportFormat = chosenFormat.get();
        StatementOptions statement = new StatementOptions(reportFormat == ReportFormat.CAMT053
                ? StatementOptions.Format.CAMT053 : StatementOptions.Format.MT940, profile.get(), charset.get(),
                version.get());
        return Optional.of(new Report(preset(), criteria, reportFormat,
                columns.isEmpty() ? List.of(ReportColumn.values()) : List.copyOf(columns), csvDialect.get(),
                statement));
    }

    /** The shops typed, each one of the merchant's; an unknown one rejects the {@code shop} field. */
    static Set<UUID> shops(List<String> typed, Set<UUID> merchantShops, Errors errors) {
        Set<UUID> chosen = new LinkedHashSet<>();
        for (String value : typed) {
            Optional<UUID> id = Ids.uuid(value).filter(merchantShops::contains);
            if (id.isEmpty()) {
                reject(errors, "shop", "reports.error.shop");
            }
            id.ifPresent(chosen::add);
        }
        return chosen;
    }

    /** The days of a preset or of a custom range; a wrong one rejects its field and gives null. */
    static @Nullable DayRange days(String range, String from, String to, LocalDate today, Errors errors) {
        Optional<DayRangePreset> preset = range.isBlank() ? Optional.of(preset(range, from, to))
                : DayRangePreset.ofParameter(range);
        if (preset.isEmpty()) {
            reject(errors, "range", "reports.error.range");
            return null;
        }
        if (preset.get() != DayRangePreset.CUSTOM) {
            return preset.get().days(today);
        }
        Optional<LocalDate> first = DayRange.parseDay(from);
        Optional<LocalDate> last = DayRange.parseDay(to);
        if (first.isEmpty()) {
            reject(errors, "from", "reports.error.from");
        }
        if (last.isEmpty()) {
            reject(errors, "to", "reports.error.to");
        }
        if (first.isEmpty() || last.isEmpty()) {
            return null;
        }
        if (first.get().isAfter(last.get())) {
            reject(errors, "to", "reports.error.reversed");
            return null;
        }
        if (!last.get().isBefore(first.get().plusMonths(MAX_MONTHS))) {
            reject(errors, "to", "reports.error.tooLong");
            return null;
        }
        return new DayRange(first.get(), last.get());
    }

    /** The preset the request names, the default one when it names none. */
    public DayRangePreset preset() {
        return preset(range, from, to);
    }

    /** Days typed without choosing a preset mean a custom range. */
    static DayRangePreset preset(String range, String from, String to) {
        if (range.isBlank()) {
            return from.isBlank() && to.isBlank() ? DEFAULT_PRESET : DayRangePreset.CUSTOM;
        }
        return DayRangePreset.ofParameter(range).orElse(DEFAULT_PRESET);
    }

    /** The first problem of a field is the one shown. */
    static void reject(Errors errors, String field, String messageKey) {
        if (!errors.hasFieldErrors(field)) {
            errors.rejectValue(field, messageKey);
        }
    }

    static Set<String> paymentMethods() {
        Set<String> names = new LinkedHashSet<>();
        PaymentMethodCatalogue.all().stream().map(PaymentMethodDefinition::paymentMethod).forEach(names::add);
        return names;
    }

    private static Optional<PanelStatus> panelStatus(String typed) {
        try {
            return Optional.of(PanelStatus.valueOf(typed));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> instant(String typed) {
        try {
            return Optional.of(Instant.parse(typed));
        } catch (DateTimeParseException notAnInstant) {
            return Optional.empty();
        }
    }

    /** The parameters as a query string, e.g. for the download link, the next page and the audit log. */
    String queryString() {
        UriComponentsBuilder builder = UriComponentsBuilder.newInstance();
        addIfSet(builder, "range", range);
        addIfSet(builder, "from", from);
        addIfSet(builder, "to", to);
        getShop().forEach(value -> builder.queryParam("shop", value));
        getOperation().forEach(value -> builder.queryParam("operation", value));
        getStatus().forEach(value -> builder.queryParam("status", value));
        getMethod().forEach(value -> builder.queryParam("method", value));
        addIfSet(builder, "currency", getCurrency());
        getColumn().forEach(value -> builder.queryParam("column", value));
        addIfSet(builder, "dialect", getDialect());
        addIfSet(builder, "format", format);
        addIfSet(builder, "mt940Profile", getMt940Profile());
        addIfSet(builder, "encoding", getEncoding());
        addIfSet(builder, "camtVersion", getCamtVersion());
        addIfSet(builder, "asOf", asOf);
        String query = builder.encode().build().getQuery();
        return query == null ? "" : query;
    }

    private static void addIfSet(UriComponentsBuilder builder, String name, String value) {
        if (!value.isBlank()) {
            builder.queryParam(name, value);
        }
    }

    public String getRange() {
        return range;
    }

    public void setRange(@Nullable String range) {
        this.range = range == null ? "" : range.strip();
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(@Nullable String from) {
        this.from = from == null ? "" : from.strip();
    }

    public String getTo() {
        return to;
    }

    public void setTo(@Nullable String to) {
        this.to = to == null ? "" : to.strip();
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(@Nullable String format) {
        this.format = format == null ? "" : format.strip();
    }

    public String getAsOf() {
        return asOf;
    }

    public void setAsOf(@Nullable String asOf) {
        this.asOf = asOf == null ? "" : asOf.strip();
    }
}
