package pl.bramka.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import pl.bramka.report.StatementEntry.Kind;

/**
 * One row of a report: a sale, a refund, the commission of a completed sale, or a payout sent or returned. Amounts
 * are signed minor units as they change the shop's balance.
 *
 * @param reference  the transaction id, or the payout id
 * @param commission the commission of a completed sale (negative), zero for every other row
 * @param status     the transaction's wire status, or {@code sent} / {@code returned} for a payout
 * @param payoutId   the payout that holds the transaction (or is the row)
 * @param payoutDate that payout's day
 * @param iban       the account a payout went to
 */
record Booking(Kind kind, Instant bookedAt, UUID reference, UUID serviceId, @Nullable String orderId, String title,
        long amount, long commission, String currency, String status, @Nullable String method,
        @Nullable String payer, @Nullable UUID payoutId, @Nullable LocalDate payoutDate, @Nullable String iban) {

    /** What the row leaves on the balance: the amount less the commission taken from it. */
    long net() {
        return amount + commission;
    }

    BookingCursor cursor() {
        return new BookingCursor(bookedAt, reference, kind.ordinal());
    }
}
