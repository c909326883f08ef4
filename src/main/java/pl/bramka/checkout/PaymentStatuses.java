package pl.bramka.checkout;

import java.time.Clock;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import pl.bramka.payment.PayerUrls;
import pl.bramka.payment.Payment;
import pl.bramka.payment.PaymentSource;
import pl.bramka.payment.Payments;
import pl.bramka.payment.ReturnUrls;
import pl.bramka.payment.Transaction;
import pl.bramka.payment.TransactionStatus;
import pl.bramka.shop.GatewayShop;
import pl.bramka.shop.ShopDirectory;

/**
 * What a payer is told about a payment that cannot be paid now, and where a finished attempt sends them: to the
 * shop's page for the outcome when the shop gave one, else to Bramka's own result page.
 */
@Component
class PaymentStatuses {

    private final ShopDirectory shops;
    private final Payments payments;
    private final Clock clock;

    PaymentStatuses(ShopDirectory shops, Payments payments, Clock clock) {
        this.shops = shops;
        this.payments = payments;
        this.clock = clock;
    }

    /** How the payment stands when no method may be chosen now; empty when the payer may choose one. */
    Optional<PayerStatus> insteadOfMethods(Payment payment, Optional<Transaction> latest) {
        ReturnUrls shop = payment.returnUrls();
        if (payment.status() == TransactionStatus.SETTLED) {
            return Optional.of(PayerStatus.of("paid").withShop(shop.after(true)));
        }
        if (payment.status() == TransactionStatus.PENDING || payment.status() == TransactionStatus.AUTHORIZED) {
            return Optional.of(PayerStatus.of("pending").withShop(shop.back())
                    .withContinue(latest.flatMap(sale -> payments.payerActionUrl(sale)).orElse(null)));
        }
        if (payment.status() == TransactionStatus.CANCELLED || payment.expiredAt(clock.instant())) {
            return Optional.of(PayerStatus.of("expired").withShop(shop.after(false)));
        }
        if (!shops.find(payment.serviceId()).map(GatewayShop::acceptsPayments).orElse(false)) {
            return Optional.of(PayerStatus.of("unavailable").withShop(shop.after(false)));
        }
        // The shop chose the method of an API sale, so a refused one is the end here; the shop decides what next.
        return latest.filter(sale -> payment.source() == PaymentSource.API && sale.status().isFinal())
                .map(sale -> ofAttempt(payment, sale).withShop(shop.after(false)));
    }

    /**
     * The shop's page for how the attempt ended: urlSuccess once paid, urlFailure when refused, each falling back
     * to urlReturn. An attempt still awaiting the bank or the acquirer is neither, so only urlReturn fits it: a
     * failure page would invite paying twice, a success page would promise what has not happened.
     */
    @Nullable String shopPageAfter(Payment payment, Transaction sale) {
        ReturnUrls shop = payment.returnUrls();
        if (sale.status() == TransactionStatus.SETTLED) {
            return shop.after(true);
        }
        return sale.status().isFinal() ? shop.after(false) : shop.back();
    }

    /** Bramka's own result page for an attempt, when the shop gave no page for its outcome. */
    PayerStatus ofAttempt(Payment payment, Transaction sale) {
        String again = payment.source() == PaymentSource.WEB && payment.payableAt(clock.instant())
                ? PayerUrls.paymentPage(payment.id()) : null;
        return switch (sale.status()) {
            case SETTLED -> PayerStatus.of("paid");
            case NEW, PENDING, AUTHORIZED -> new PayerStatus("pending", null, null, null, PayerUrls.finished(sale),
                    payments.payerActionUrl(sale).orElse(null));
            case REJECTED -> new PayerStatus("rejected", sale.statusCode(), again, null, null, null);
            case ERROR -> new PayerStatus("error", sale.statusCode(), again, null, null, null);
            case CANCELLED -> PayerStatus.of("expired");
        };
    }
}
