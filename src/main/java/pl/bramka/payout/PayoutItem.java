package pl.bramka.payout;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One line of a payout: a settled sale (its amount and the commission taken), a settled refund (negative), or the
 * balance of an earlier payout carried forward or returned by the bank.
 *
 * @param transactionId the sale or refund, or null for a balance
 * @param sourcePayout  the earlier payout whose balance this is, or null for a transaction
 */
public record PayoutItem(long id, Kind kind, @Nullable UUID transactionId, @Nullable UUID sourcePayout, long amount,
        long commission, Instant occurredAt) {

    public enum Kind {
        SALE, REFUND, CARRIED, RETURNED
    }

    /** What this line adds to the payout. */
    public long net() {
        return amount - commission;
    }
}
