package pl.bramka.payment;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A sale (one attempt to pay a payment with one method) or a refund of a settled sale.
 *
 * @param saleId     for a refund, the sale it returns money from
 * @param statusCode the acquirer's code for a refusal or error, e.g. {@code BLK-ERROR-210002}
 * @param commission the merchant's commission in minor units, stored when a sale settles
 */
public record Transaction(UUID id, UUID paymentId, UUID merchantId, UUID serviceId, TransactionType type,
        TransactionStatus status, PaymentSource source, long amount, String currency, String orderId, String title,
        String paymentMethod, String paymentMethodCode, @Nullable String notificationUrl, @Nullable UUID saleId,
        @Nullable String statusCode, @Nullable String statusCodeDescription, @Nullable String blikTransactionId,
        @Nullable Long commission, @Nullable Instant validTo, Instant created, Instant modified) {
}
