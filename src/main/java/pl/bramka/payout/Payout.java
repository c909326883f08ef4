package pl.bramka.payout;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One payout of a shop in one currency for one period. Amounts are in minor units: {@code amount} = sales − refunds
 * − commission + carried (the balances of earlier payouts brought forward or returned).
 *
 * @param iban the shop's IBAN when the payout was made, or null when it had none
 */
public record Payout(UUID id, UUID merchantId, UUID serviceId, String currency, LocalDate period,
        PayoutStatus status, long salesAmount, long refundsAmount, long commission, long carriedAmount, long amount,
        @Nullable String iban, Instant createdAt, @Nullable Instant sentAt, @Nullable Instant returnedAt) {

    /** The IBAN with all but its last four characters hidden, for lists and pages. */
    public @Nullable String maskedIban() {
        return iban == null ? null : MaskedIban.of(iban);
    }
}
