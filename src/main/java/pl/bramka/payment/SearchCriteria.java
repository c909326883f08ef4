package pl.bramka.payment;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the panel's transaction list asks for; null means "any". Every search is within one merchant.
 *
 * @param from      inclusive
 * @param to        exclusive
 * @param minAmount in minor units, inclusive
 * @param text      the search box: a transaction or payment id, an order number, a BLIK id, a title, a payer
 */
public record SearchCriteria(UUID merchantId, @Nullable UUID serviceId, Set<PanelStatus> statuses,
        @Nullable TransactionType type, @Nullable String paymentMethod, @Nullable String currency,
        @Nullable Instant from, @Nullable Instant to, @Nullable Long minAmount, @Nullable Long maxAmount,
        @Nullable String text) {
}
