package pl.bramka.payment;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import pl.bramka.shop.PaymentMethodDefinition;

/**
 * What a payer is asked to pay (imoje's "payment"). Its status follows its transactions: settled once a sale
 * settled, otherwise the status of the latest attempt; cancelled when it expired unpaid.
 */
public record Payment(UUID id, UUID merchantId, UUID serviceId, PaymentSource source, TransactionStatus status,
        long amount, String currency, String orderId, String title, @Nullable String additionalDescription,
        Customer customer, @Nullable Map<String, String> billing, @Nullable Map<String, String> shipping,
        ReturnUrls returnUrls, @Nullable String notificationUrl, @Nullable List<String> visibleMethods,
        @Nullable String preselectMethodCode, @Nullable String lang, @Nullable Instant validTo, Instant created,
        Instant modified) {

    /**
     * Whether a payer may start a transaction for it at {@code now}: nothing paid or awaited yet, or the last try
     * failed and another method may succeed.
     */
    public boolean payableAt(Instant now) {
        return (status == TransactionStatus.NEW || status == TransactionStatus.REJECTED
                || status == TransactionStatus.ERROR) && !expiredAt(now);
    }

    public boolean expiredAt(Instant now) {
        return validTo != null && !now.isBefore(validTo);
    }

    /** Whether the payer may choose a method of this imoje paymentMethod name. */
    public boolean shows(String paymentMethod) {
        return visibleMethods == null || visibleMethods.contains(paymentMethod);
    }

    /** Whether this method may pay it: shown to the payer, and taking its currency and amount. */
    public boolean takes(PaymentMethodDefinition method) {
        return shows(method.paymentMethod()) && method.accepts(currency, amount);
    }
}
