package pl.bramka.link;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import pl.bramka.payment.PanelStatus;
import pl.bramka.shared.Money;
import pl.bramka.shop.GatewayShop;

/** What the panel's link pages show, with amounts written in the reader's language. */
@Component
class LinkViews {

    /** A link as a list row or the head of its page. */
    record LinkView(Link link, LinkState state, String shopName, @Nullable String amount,
            @Nullable String amountMin, @Nullable String amountMax, int uses, String totalPaid) {
    }

    /** One payment made through a link, with its amount written in the reader's language and its panel status. */
    record PaymentView(LinkPayment payment, String amount, PanelStatus status) {
    }

    LinkView of(ListedLink listed, Map<UUID, GatewayShop> shops, Locale locale) {
        Link link = listed.link();
        GatewayShop shop = shops.get(link.serviceId());
        return new LinkView(link, listed.state(), shop == null ? "" : shop.name(),
                format(link.amount(), link.currency(), locale), format(link.amountMin(), link.currency(), locale),
                format(link.amountMax(), link.currency(), locale), listed.uses(),
                new Money(listed.totalPaid(), link.currency()).format(locale));
    }

    List<PaymentView> paymentsOf(List<LinkPayment> linkPayments, Locale locale) {
        return linkPayments.stream().map(payment -> new PaymentView(payment,
                new Money(payment.amount(), payment.currency()).format(locale), PanelStatus.of(payment.status())))
                .toList();
    }

    private static @Nullable String format(@Nullable Long minor, String currency, Locale locale) {
        return minor == null ? null : new Money(minor, currency).format(locale);
    }
}
