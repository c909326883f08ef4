package pl.bramka.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import pl.bramka.payment.TransactionLists;
import pl.bramka.shared.DayRange;
import pl.bramka.shared.DayRangePreset;
import pl.bramka.user.SignedInUser;

/**
 * {@code /dashboard?range=today|7d|30d|thisMonth|lastMonth|custom&from=&to=&currency=}: plain GET links and a GET
 * form, so every range is bookmarkable and works without JavaScript.
 */
@Controller
class DashboardController {

    static final int LATEST = 10;
    static final String DEFAULT_CURRENCY = "PLN";

    private final DailyTurnover turnover;
    private final TransactionLists lists;
    private final Clock clock;

    DashboardController(DailyTurnover turnover, TransactionLists lists, Clock clock) {
        this.turnover = turnover;
        this.lists = lists;
        this.clock = clock;
    }

    @GetMapping("/dashboard")
    String dashboard(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String range,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String currency, Model model, HttpServletResponse response) {
        LocalDate today = DayRange.today(clock);
        model.addAttribute("presets", DayRangePreset.values());
        model.addAttribute("latest", lists.latestOfMerchant(user.merchantId(), LATEST).stream()
                .map(LatestTransaction::new).toList());
        RangeRequest.Outcome outcome = new RangeRequest(range, from, to).read(today);
        if (outcome instanceof RangeRequest.Invalid invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("preset", invalid.preset());
            model.addAttribute("problem", invalid.problem());
            model.addAttribute("from", from);
            model.addAttribute("to", to);
            return "dashboard/dashboard";
        }
        RangeRequest.Valid valid = (RangeRequest.Valid) outcome;
        DayRange days = valid.days();
        List<CurrencyTurnover> currencies = turnover.perCurrency(user.merchantId(), days);
        model.addAttribute("preset", valid.preset());
        model.addAttribute("range", days);
        model.addAttribute("from", days.first().toString());
        model.addAttribute("to", days.last().toString());
        model.addAttribute("currencies", currencies);
        chosenCurrency(currencies, currency).ifPresent(chosen -> model.addAttribute("chart", TurnoverChart.of(chosen,
                days, turnover.perDay(user.merchantId(), chosen, days))));
        return "dashboard/dashboard";
    }

    /** The currency asked for when the range has any of it, else złoty when it has some, else its first. */
    private static Optional<String> chosenCurrency(List<CurrencyTurnover> currencies,
            @Nullable String requested) {
        List<String> present = currencies.stream().map(CurrencyTurnover::currency).toList();
        return Stream.of(requested, DEFAULT_CURRENCY).filter(present::contains).findFirst()
                .or(() -> present.stream().findFirst());
    }
}
