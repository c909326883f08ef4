package pl.bramka.transaction;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import pl.bramka.payment.ListPage;
import pl.bramka.payment.OrderSummary;
import pl.bramka.payment.PageCursor;
import pl.bramka.payment.TransactionLists;
import pl.bramka.shared.Ids;
import pl.bramka.shop.GatewayShop;
import pl.bramka.user.SignedInUser;

/**
 * The orders view: one row per shop and order id, the order with the latest attempt first; a row opens to show its
 * transactions, which {@code /orders/attempts} also shows as a page of their own.
 */
@Controller
class OrdersController {

    private final TransactionLists lists;
    private final TransactionViews views;

    OrdersController(TransactionLists lists, TransactionViews views) {
        this.lists = lists;
        this.views = views;
    }

    @GetMapping("/orders")
    String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String cursor,
            Locale locale, Model model) {
        Map<UUID, GatewayShop> shops = views.shopsOf(user.merchantId());
        ListPage<OrderSummary> page = lists.orders(user.merchantId(), PageCursor.decode(cursor));
        model.addAttribute("orders", page.rows().stream().map(order -> listed(user, order, shops, locale)).toList());
        model.addAttribute("newerUrl", page.newer().map(OrdersController::pageUrl).orElse(null));
        model.addAttribute("olderUrl", page.older().map(OrdersController::pageUrl).orElse(null));
        return "transaction/orders";
    }

    @GetMapping("/orders/attempts")
    String attempts(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String shop,
            @RequestParam(defaultValue = "") String order, Locale locale, Model model) {
        Map<UUID, GatewayShop> shops = views.shopsOf(user.merchantId());
        List<ListedTransaction> attempts = Ids.uuid(shop).filter(shops::containsKey)
                .map(serviceId -> views.listed(lists.ofOrder(user.merchantId(), serviceId, order), shops, locale))
                .orElse(List.of());
        model.addAttribute("orderId", order);
        model.addAttribute("attempts", attempts);
        return "transaction/attempts";
    }

    private ListedOrder listed(SignedInUser user, OrderSummary order, Map<UUID, GatewayShop> shops, Locale locale) {
        GatewayShop shop = shops.get(order.serviceId());
        return new ListedOrder(order.serviceId(), order.orderId(), shop == null ? "" : shop.name(),
                order.panelStatus(), order.attempts(),
                TransactionViews.amount(order.refundedAmount(), order.currency(), locale), order.lastAt(),
                views.listed(lists.ofOrder(user.merchantId(), order.serviceId(), order.orderId()), shops,
                        locale));
    }

    private static String pageUrl(PageCursor cursor) {
        return "/orders?cursor=" + cursor.encode();
    }
}
