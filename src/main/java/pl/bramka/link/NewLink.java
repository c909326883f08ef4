package pl.bramka.link;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A one-time or reusable link to create, already validated.
 *
 * @param amount      the amount in minor units, or null when the payer types it between {@code amountMin} and
 *                    {@code amountMax} (reusable links only)
 * @param methods     imoje's paymentMethod names the payer may use, or null for every method of the shop
 * @param useLimit    how many settled payments a reusable link takes, or null for no limit
 * @param validTo     when the link stops taking payments; null: a one-time link takes the shop's payment activity, a
 *                    reusable one never expires
 * @param payerFields what a reusable link asks its payer for
 * @param createdBy   the name of the user who made it
 */
public record NewLink(LinkKind kind, UUID serviceId, String title, @Nullable String description,
        String currency, @Nullable Long amount, @Nullable Long amountMin, @Nullable Long amountMax,
        @Nullable String orderId, @Nullable String customerName, @Nullable String customerEmail,
        @Nullable List<String> methods, @Nullable Integer useLimit, @Nullable Instant validTo,
        Set<PayerField> payerFields, String createdBy) {
}
