package pl.bramka.payment;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A payment to open, already validated by whoever received it (API body or paywall form).
 *
 * @param visibleMethods imoje's paymentMethod names the payer may choose from, or null for all the shop has
 * @param validTo        when it stops being payable; null takes the shop's payment activity
 * @param lang           the payer's language for the payment page, or null to follow the browser
 */
public record NewPayment(UUID serviceId, PaymentSource source, long amount, String currency, String orderId,
        String title, @Nullable String additionalDescription, Customer customer,
        @Nullable Map<String, String> billing, @Nullable Map<String, String> shipping, ReturnUrls returnUrls,
        @Nullable String notificationUrl, @Nullable List<String> visibleMethods,
        @Nullable String preselectMethodCode, @Nullable String lang, @Nullable Instant validTo) {
}
