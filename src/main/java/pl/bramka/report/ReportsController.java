package pl.bramka.report;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongFunction;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.bramka.payment.PanelStatus;
import pl.bramka.report.Ledger.CurrencyTotal;
import pl.bramka.report.ReportRequest.Report;
import pl.bramka.report.StatementEntry.Kind;
import pl.bramka.shared.DayRange;
import pl.bramka.shared.DayRangePreset;
import pl.bramka.shared.Money;
import pl.bramka.shop.ShopDirectory;
import pl.bramka.user.SignedInUser;

/**
 * The reports section: the bookings of a range with filters and totals ({@code /reports}), the "Generate report"
 * form ({@code /reports/new}) and the file itself ({@code /reports/download}), whose address is the report.
 */
@Controller
class ReportsController {

    static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(DayRange.WARSAW);

    /** A row as the list shows it. */
    record ListedBooking(Kind kind, String time, String link, @Nullable String orderId, String title, String shop,
            String amount, String commission, String statusKey, @Nullable String method, @Nullable String payer) {
    }

    /** One option of a filter: its value, and its label or the message key of its label. */
    record Choice(String value, @Nullable String label, @Nullable String messageKey) {
    }

    /** A currency's totals as the list shows them. */
    record ListedTotal(String currency, long rows, String amount, String commission, String net) {
    }

    /** The operations of the guide's report for the accountant: paid out, sales, refunds. */
    static final List<Operation> ACCOUNTANT_OPERATIONS = List.of(Operation.PAID_OUT, Operation.SALE,
            Operation.REFUND);

    private static final List<DayRangePreset> PRESETS = List.of(DayRangePreset.THIS_MONTH, DayRangePreset.LAST_MONTH,
            DayRangePreset.LAST_7_DAYS, DayRangePreset.LAST_30_DAYS, DayRangePreset.CUSTOM);

    private final Ledger ledger;
    private final ReportFiles files;
    private final BackgroundReports background;
    private final ReportSettings settings;
    private final ShopDirectory shops;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportsController(Ledger ledger, ReportFiles files, BackgroundReports background, ReportSettings settings,
            ShopDirectory shops, ApplicationEventPublisher events, Clock clock) {
        this.ledger = ledger;
        this.files = files;
        this.background = background;
        this.settings = settings;
        this.shops = shops;
        this.events = events;
        this.clock = clock;
    }

    @GetMapping("/reports")
    String list(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("report") ReportRequest request,
            BindingResult errors, @RequestParam(required = false) @Nullable String after, Locale locale,
            Model model) {
        Map<UUID, String> names = shopNames(user.merchantId());
        Optional<Report> report = read(user, request, names, errors);
        addChoices(model, names);
        model.addAttribute("filtered", !request.queryString().isEmpty());
        if (report.isEmpty()) {
            model.addAttribute("rows", List.of());
            model.addAttribute("totals", List.of());
            return "report/list";
        }
        ReportCriteria criteria = report.get().criteria();
        List<Booking> page = ledger.page(criteria, BookingCursor.parse(after).orElse(null), PAGE_SIZE + 1);
        model.addAttribute("days", criteria.days());
        model.addAttribute("rows", page.stream().limit(PAGE_SIZE).map(row -> listed(row, names, locale)).toList());
        model.addAttribute("totals", ledger.totals(criteria).stream().map(total -> listed(total, locale)).toList());
        String query = request.queryString();
        model.addAttribute("nextUrl", page.size() > PAGE_SIZE
                ? "/reports?" + (query.isEmpty() ? "" : query + "&") + "after="
                        + page.get(PAGE_SIZE - 1).cursor().value()
                : null);
        model.addAttribute("formUrl", "/reports/new" + (query.isEmpty() ? "" : "?" + query));
        return "report/list";
    }

    @GetMapping("/reports/new")
    String form(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("report") ReportRequest request,
            Model model) {
        addChoices(model, shopNames(user.merchantId()));
        return "report/form";
    }

    /**
     * The file. Without {@code asOf} it sends the browser to the same address with the snapshot of now, so the link
     * the user keeps gives the same file again; wrong parameters show the form with its errors.
     */
    @GetMapping("/reports/download")
    ModelAndView download(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("report") ReportRequest request,
            BindingResult errors, Locale locale, Model model, RedirectAttributes redirect) {
        Map<UUID, String> names = shopNames(user.merchantId());
        Optional<Report> read = read(user, request, names, errors);
        if (read.isPresent() && read.get().format() != ReportFormat.CSV && files.accounts(read.get()).isEmpty()) {
            errors.rejectValue("range", "reports.error.noBookings");
        }
        if (read.isEmpty() || errors.hasErrors()) {
            addChoices(model, names);
            ModelAndView form = new ModelAndView("report/form", model.asMap());
            form.setStatus(HttpStatus.BAD_REQUEST);
            return form;
        }
        Report report = read.get();
        if (request.getAsOf().isEmpty()) {
            request.setAsOf(report.criteria().asOf().toString());
            return new ModelAndView("redirect:/reports/download?" + request.queryString());
        }
        if (files.exceeds(report, settings.backgroundThreshold())) {
            background.start(new BackgroundReports.Request(user.merchantId(), user.id(), ReportFiles.fileName(report),
                    ReportFiles.contentType(report), files.rows(report), request.queryString()),
                    (out, rowsWritten) -> files.write(report, locale, names, out, rowsWritten));
            redirect.addFlashAttribute("success", "reports.background.started");
            return new ModelAndView("redirect:/reports/generated");
        }
        events.publishEvent(new ReportDownloaded(user.merchantId(), user.id(), report.format().parameter(),
                request.queryString()));
        return new ModelAndView(new ReportFileView(files, report, locale, names));
    }

    private Optional<Report> read(SignedInUser user, ReportRequest request, Map<UUID, String> names,
            BindingResult errors) {
        return request.read(user.merchantId(), names.keySet(), DayRange.today(clock), clock.instant(), errors);
    }

    private Map<UUID, String> shopNames(UUID merchantId) {
        Map<UUID, String> names = new LinkedHashMap<>();
        shops.shopsOf(merchantId).forEach(shop -> names.put(shop.serviceId(), shop.name()));
        return names;
    }

    /** The choices of the filters and the form, each with its label or the message key of its label. */
    private static void addChoices(Model model, Map<UUID, String> shopNames) {
        model.addAttribute("shops", shopNames.entrySet().stream()
                .map(shop -> new Choice(shop.getKey().toString(), shop.getValue(), null)).toList());
        model.addAttribute("presets", PRESETS.stream()
                .map(preset -> new Choice(preset.parameter(), null, "reports.range." + preset.parameter())).toList());
        addOptionChoices(model);
        model.addAttribute("currencies", Money.CURRENCIES.stream().sorted().toList());
        model.addAttribute("formats", Arrays.stream(ReportFormat.values())
                .map(format -> new Choice(format.parameter(), null, "reports.format." + format.parameter())).toList());
        model.addAttribute("accountantUrl", accountantUrl());
    }

    /**
     * The choices of the form's options besides the range, the shops, the currency and the format: operations,
     * statuses, methods, columns, statement options and CSV dialects.
     */
    static void addOptionChoices(Model model) {
        model.addAttribute("operations", Arrays.stream(Operation.values())
                .map(operation -> new Choice(operation.parameter(), null, "reports.operation." + operation.parameter()))
                .toList());
        model.addAttribute("statuses", Arrays.stream(PanelStatus.values())
                .map(status -> new Choice(status.name(), null, "reports.status." + status.name())).toList());
        model.addAttribute("methods", ReportRequest.paymentMethods().stream()
                .map(method -> new Choice(method, method, null)).toList());
        model.addAttribute("columns", Arrays.stream(ReportColumn.values())
                .map(column -> new Choice(column.parameter(), null, "reports.column." + column.parameter())).toList());
        model.addAttribute("profiles", choices(StatementChoices.PROFILES.keySet(), "reports.mt940Profile."));
        model.addAttribute("encodings", choices(StatementChoices.ENCODINGS.keySet(), "reports.encoding."));
        model.addAttribute("camtVersions", choices(StatementChoices.CAMT_VERSIONS.keySet(), "reports.camtVersion."));
        model.addAttribute("dialects", Arrays.stream(CsvDialect.values())
                .map(dialect -> new Choice(dialect.parameter(), null, "reports.dialect." + dialect.parameter()))
                .toList());
    }

    private static List<Choice> choices(Set<String> values, String messagePrefix) {
        return values.stream().map(value -> new Choice(value, null, messagePrefix + value)).toList();
    }

    /** The guide's report for the accountant: last month; order number, amounts, currency; paid out, sales, refunds. */
    static String accountantUrl() {
        StringBuilder url = new StringBuilder("/reports/download?format=csv&range=")
                .append(DayRangePreset.LAST_MONTH.parameter());
        ReportColumn.ACCOUNTANT.forEach(column -> url.append("&column=").append(column.parameter()));
        ACCOUNTANT_OPERATIONS.forEach(operation -> url.append("&operation=").append(operation.parameter()));
        return url.toString();
    }

    private static ListedBooking listed(Booking booking, Map<UUID, String> names, Locale locale) {
        LongFunction<String> money = Money.formatter(booking.currency(), locale);
        boolean payout = booking.kind() == Kind.PAYOUT || booking.kind() == Kind.PAYOUT_RETURNED;
        return new ListedBooking(booking.kind(), TIME.format(booking.bookedAt()),
                (payout ? "/payouts/" : "/transactions/") + booking.reference(), booking.orderId(),
                payout ? String.valueOf(booking.payoutDate()) : booking.title(),
                names.getOrDefault(booking.serviceId(), ""), money.apply(booking.amount()),
                booking.commission() == 0 ? "" : money.apply(booking.commission()),
                ReportCsv.statusKey(booking.status()), booking.method(), booking.payer());
    }

    private static ListedTotal listed(CurrencyTotal total, Locale locale) {
        LongFunction<String> money = Money.formatter(total.currency(), locale);
        return new ListedTotal(total.currency(), total.rows(), money.apply(total.amount()),
                money.apply(total.commission()), money.apply(total.net()));
    }
}
