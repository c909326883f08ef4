package pl.bramka.report;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One booking on a statement: a sale, a refund, the commission of a sale, or a payout, seen from the shop's balance.
 *
 * @param kind              what the booking is
 * @param bookedAt          when it settled (or the payout was sent)
 * @param amount            signed minor units: a sale is positive; a refund, a commission and a payout negative; a
 *                          returned payout positive
 * @param reference         the id the merchant looks it up by: the transaction id, or the payout id
 * @param orderId           the shop's order id, when the booking belongs to an order
 * @param title             the payment's title, or the payout's transfer title
 * @param counterpartyName  the payer for a sale or refund, the shop for a payout; may be null
 * @param counterpartyIban  the IBAN the payout went to; null otherwise
 */
record StatementEntry(Kind kind, Instant bookedAt, long amount, String reference, @Nullable String orderId,
        String title, @Nullable String counterpartyName, @Nullable String counterpartyIban) {

    enum Kind {
        SALE, REFUND, COMMISSION, PAYOUT, PAYOUT_RETURNED
    }
}
