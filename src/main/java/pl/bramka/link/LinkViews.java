package pl.bramka.link;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import pl.bramka.payment.PanelStatus;
import pl.bramka.payment.Payment;
import pl.bramka.payment.Payments;
import pl.bramka.payment.Transaction;
import pl.bramka.payment.TransactionStatus;
import pl.bramka.shared.Money;
import pl.bramka.shop.GatewayShop;

/** What the panel's link pages show, with amounts written in the reader's language. */
@Component
class LinkViews {

    /** A link as a list row or the head of its page. */
    record LinkView(Link link, LinkState state, String shopName, @Nullable String amount,
            @Nullable String amountMin, @Nullable String amountMax, int uses, String totalPaid) {
    }

    /** One payment made through a link, with its sale attempts (each a transaction of the panel). */
    record PaymentView(Payment payment, String amount, PanelStatus status, List<Transaction> attempts) {
    }

    private final Payments payments;

    LinkViews(Payments payments) {
        this.payments = payments;
    }

    LinkView of(ListedLink listed, Map<UUID, GatewayShop> shops, Locale locale) {
        Link link = listed.link();
        GatewayShop shop = shops.get(link.serviceId());
        return new LinkView(link, listed.state(), shop == null ? "" : shop.name(),
                format(link.amount(), link.currency(), locale), format(link.amountMin(), link.currency(), locale),
                format(link.amountMax(), link.currency(), locale), listed.uses(),
                new Money(listed.totalPaid(), link.currency()).format(locale));
    }

    List<PaymentView> paymentsOf(List<Payment> linkPayments, Locale locale) {
        return linkPayments.stream().map(payment -> new PaymentView(payment,
                new Money(payment.amount(), payment.currency()).format(locale), PanelStatus.of(payment.status()),
                payments.attempts(payment))).toList();
    }

    static long settledTotal(List<Payment> linkPayments) {
        return linkPayments.stream().filter(payment -> payment.status() == TransactionStatus.SETTLED)
                .mapToLong(Payment::amount).sum();
    }

    private static @Nullable String format(@Nullable Long minor, String currency, Locale locale) {
        return minor == null ? null : new Money(minor, currency).format(locale);
    }
}
