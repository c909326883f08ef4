package pl.bramka.transaction;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URLEncoder;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import pl.bramka.payment.ListPage;
import pl.bramka.payment.PageCursor;
import pl.bramka.payment.PanelStatus;
import pl.bramka.payment.SearchCriteria;
import pl.bramka.payment.TransactionLists;
import pl.bramka.payment.TransactionRow;
import pl.bramka.payment.TransactionType;
import pl.bramka.shared.DayRangePreset;
import pl.bramka.shared.Money;
import pl.bramka.shop.GatewayShop;
import pl.bramka.user.SignedInUser;

/**
 * The transaction list: filters and search as GET parameters, newest first, a page at a time; htmx's requests get
 * only the search part of the page.
 */
@Controller
class TransactionsController {

    private final TransactionLists lists;
    private final TransactionViews views;
    private final Clock clock;

    TransactionsController(TransactionLists lists, TransactionViews views, Clock clock) {
        this.lists = lists;
        this.views = views;
        this.clock = clock;
    }

    @GetMapping("/transactions")
    String list(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("filter") TransactionFilter filter,
            BindingResult errors, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String historyRestore,
            Locale locale, Model model, HttpServletResponse response) {
        Map<UUID, GatewayShop> shops = views.shopsOf(user.merchantId());
        Optional<SearchCriteria> criteria = filter.criteria(user.merchantId(), shops.keySet(), clock, errors);
        ListPage<TransactionRow> page = criteria
                .map(asked -> lists.page(asked, PageCursor.decode(filter.getCursor())))
                .orElse(new ListPage<>(List.of(), Optional.empty(), Optional.empty()));
        model.addAttribute("transactions", views.listed(page.rows(), shops, locale));
        model.addAttribute("newerUrl", page.newer().map(cursor -> pageUrl(filter, cursor)).orElse(null));
        model.addAttribute("olderUrl", page.older().map(cursor -> pageUrl(filter, cursor)).orElse(null));
        model.addAttribute("filtered", !filter.parameters().isEmpty());
        model.addAttribute("shops", shops.values());
        model.addAttribute("statuses", PanelStatus.values());
        model.addAttribute("types", TransactionType.values());
        model.addAttribute("methods", TransactionFilter.paymentMethods());
        model.addAttribute("currencies", Money.CURRENCIES.stream().sorted().toList());
        model.addAttribute("ranges", DayRangePreset.values());
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        // htmx restoring a page missing from its history cache needs the whole page, as a browser would.
        return htmx != null && historyRestore == null ? "transaction/list :: search" : "transaction/list";
    }

    private static String pageUrl(TransactionFilter filter, PageCursor cursor) {
        Map<String, String> parameters = new LinkedHashMap<>(filter.parameters());
        parameters.put("cursor", cursor.encode());
        return "/transactions?" + parameters.entrySet().stream()
                .map(parameter -> parameter.getKey() + "=" + URLEncoder.encode(parameter.getValue(), UTF_8))
                .collect(Collectors.joining("&"));
    }
}
