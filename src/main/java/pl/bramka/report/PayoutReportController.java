package pl.bramka.report;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongFunction;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import pl.bramka.payout.Payout;
import pl.bramka.payout.PayoutItem;
import pl.bramka.payout.PayoutLookup;
import pl.bramka.report.PayoutReportRequest.Format;
import pl.bramka.report.PayoutReportRequest.PayoutReport;
import pl.bramka.report.ReportsController.Choice;
import pl.bramka.shared.DayRange;
import pl.bramka.shared.DayRangePreset;
import pl.bramka.shared.Money;
import pl.bramka.shop.ShopDirectory;
import pl.bramka.user.SignedInUser;

/**
 * The payout report ({@code /reports/payouts}): the payouts of a range of days, each with its itemised transactions,
 * as a page to print or a CSV file. Each payout's items add up to it.
 */
@Controller
class PayoutReportController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(DayRange.WARSAW);

    /** A payout with its items, as the page shows it. */
    record ReportedPayout(Payout payout, String shop, String amount, String itemsTotal,
            List<ReportedItem> items) {
    }

    /** An item of a payout, as the page shows it. */
    record ReportedItem(PayoutItem item, String time, String amount, String commission, String net) {
    }

    private final PayoutLookup payouts;
    private final ShopDirectory shops;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PayoutReportController(PayoutLookup payouts, ShopDirectory shops, MessageSource messages,
            ApplicationEventPublisher events, Clock clock) {
        this.payouts = payouts;
        this.shops = shops;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /** The form; with {@code show} the report below it (HTML) or the file (CSV). */
    @GetMapping("/reports/payouts")
    ModelAndView payouts(@AuthenticationPrincipal SignedInUser user,
            @ModelAttribute("report") PayoutReportRequest request, BindingResult errors,
            @RequestParam(required = false) @Nullable String show, Locale locale, Model model) {
        Map<UUID, String> names = new LinkedHashMap<>();
        shops.shopsOf(user.merchantId()).forEach(shop -> names.put(shop.serviceId(), shop.name()));
        model.addAttribute("shops", names.entrySet().stream()
                .map(shop -> new Choice(shop.getKey().toString(), shop.getValue(), null)).toList());
        model.addAttribute("presets", List.of(DayRangePreset.LAST_MONTH, DayRangePreset.THIS_MONTH,
                DayRangePreset.LAST_7_DAYS, DayRangePreset.LAST_30_DAYS, DayRangePreset.CUSTOM).stream()
                .map(preset -> new Choice(preset.parameter(), null, "reports.range." + preset.parameter())).toList());
        model.addAttribute("currencies", Money.CURRENCIES.stream().sorted().toList());
        if (show == null) {
            return new ModelAndView("report/payouts", model.asMap());
        }
        Optional<PayoutReport> report = request.read(names.keySet(), DayRange.today(clock), errors);
        if (report.isEmpty()) {
            ModelAndView form = new ModelAndView("report/payouts", model.asMap());
            form.setStatus(HttpStatus.BAD_REQUEST);
            return form;
        }
        PayoutReport asked = report.get();
        List<Payout> found = payouts.payoutsOf(user.merchantId(), asked.days().first(), asked.days().last(),
                asked.shops(), asked.currency());
        String parameters = "range=" + request.getRange() + "&from=" + request.getFrom() + "&to=" + request.getTo()
                + "&shop=" + String.join(",", request.getShop()) + "&currency=" + request.getCurrency();
        if (asked.format() == Format.CSV) {
            events.publishEvent(new ReportDownloaded(user.merchantId(), user.id(), "payouts-csv", parameters));
            return new ModelAndView(new PayoutsCsvView(found, payoutId -> payouts.itemsOf(user.merchantId(),
                    payoutId), names, messages, locale, asked.days()));
        }
        events.publishEvent(new ReportDownloaded(user.merchantId(), user.id(), "payouts-html", parameters));
        model.addAttribute("days", asked.days());
        model.addAttribute("payouts", found.stream()
                .map(payout -> reported(payout, payouts.itemsOf(user.merchantId(), payout.id()), names, locale))
                .toList());
        return new ModelAndView("report/payouts", model.asMap());
    }

    private static ReportedPayout reported(Payout payout, List<PayoutItem> items, Map<UUID, String> names,
            Locale locale) {
        LongFunction<String> money = Money.formatter(payout.currency(), locale);
        long total = items.stream().mapToLong(PayoutItem::net).sum();
        return new ReportedPayout(payout, names.getOrDefault(payout.serviceId(), ""), money.apply(payout.amount()),
                money.apply(total), items.stream()
                        .map(item -> new ReportedItem(item, TIME.format(item.occurredAt()), money.apply(item.amount()),
                                money.apply(item.commission()), money.apply(item.net())))
                        .toList());
    }
}
