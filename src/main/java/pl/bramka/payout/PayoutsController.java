package pl.bramka.payout;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import pl.bramka.shared.Money;
import pl.bramka.shop.GatewayShop;
import pl.bramka.shop.ShopDirectory;
import pl.bramka.user.SignedInUser;

/** The panel's payouts: the merchant's list, newest period first, and one payout with its items. */
@Controller
class PayoutsController {

    static final int PAGE_SIZE = 50;
    static final int ITEMS_PAGE_SIZE = 100;

    /** A payout as the list shows it. */
    record ListedPayout(Payout payout, String shopName, String amount) {
    }

    /** An item as a payout's page shows it. */
    record ListedItem(PayoutItem item, String amount, String commission, String net) {
    }

    private final PayoutRepository payouts;
    private final PayoutRuns runs;
    private final ShopDirectory shops;

    PayoutsController(PayoutRepository payouts, PayoutRuns runs, ShopDirectory shops) {
        this.payouts = payouts;
        this.runs = runs;
        this.shops = shops;
    }

    @GetMapping("/payouts")
    String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) @Nullable String after,
            Locale locale, Model model) {
        List<Payout> page = payouts.ofMerchant(user.merchantId(), PayoutCursor.parse(after).orElse(null),
                PAGE_SIZE + 1);
        Map<UUID, String> names = shopNames(user.merchantId());
        List<ListedPayout> listed = page.stream().limit(PAGE_SIZE)
                .map(payout -> new ListedPayout(payout, names.getOrDefault(payout.serviceId(), ""),
                        Money.formatter(payout.currency(), locale).apply(payout.amount())))
                .toList();
        model.addAttribute("payouts", listed);
        model.addAttribute("olderUrl", page.size() > PAGE_SIZE
                ? "/payouts?after=" + PayoutCursor.after(page.get(PAGE_SIZE - 1)) : null);
        model.addAttribute("lastRun", runs.latest().orElse(null));
        return "payout/list";
    }

    @GetMapping("/payouts/{id}")
    String details(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
            @RequestParam(defaultValue = "0") long after, Locale locale, Model model) {
        Payout payout = parse(id).flatMap(payoutId -> payouts.findOfMerchant(user.merchantId(), payoutId))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Function<Long, String> money = Money.formatter(payout.currency(), locale)::apply;
        List<PayoutItem> items = payouts.items(payout.id(), Math.max(0, after), ITEMS_PAGE_SIZE + 1);
        model.addAttribute("payout", payout);
        model.addAttribute("shopName", shopNames(user.merchantId()).getOrDefault(payout.serviceId(), ""));
        model.addAttribute("sales", money.apply(payout.salesAmount()));
        model.addAttribute("refunds", money.apply(-payout.refundsAmount()));
        model.addAttribute("commission", money.apply(-payout.commission()));
        model.addAttribute("carried", money.apply(payout.carriedAmount()));
        model.addAttribute("amount", money.apply(payout.amount()));
        model.addAttribute("items", items.stream().limit(ITEMS_PAGE_SIZE)
                .map(item -> new ListedItem(item, money.apply(item.amount()), money.apply(-item.commission()),
                        money.apply(item.net())))
                .toList());
        model.addAttribute("moreItemsUrl", items.size() > ITEMS_PAGE_SIZE
                ? "/payouts/" + payout.id() + "?after=" + items.get(ITEMS_PAGE_SIZE - 1).id() : null);
        return "payout/details";
    }

    private Map<UUID, String> shopNames(UUID merchantId) {
        return shops.shopsOf(merchantId).stream().collect(Collectors.toMap(GatewayShop::serviceId,
                GatewayShop::name));
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
