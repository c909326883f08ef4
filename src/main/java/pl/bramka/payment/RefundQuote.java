package pl.bramka.payment;

/**
 * What can be refunded of a sale now.
 *
 * @param remaining what is left after refunds that settled or are still under way, in minor units
 */
public record RefundQuote(Transaction sale, long remaining) {

    public boolean refundable() {
        return sale.type() == TransactionType.SALE && sale.status() == TransactionStatus.SETTLED && remaining > 0;
    }

    /** Whether this amount can be refunded: more than zero and no more than what remains. */
    public boolean allows(long amount) {
        return refundable() && amount > 0 && amount <= remaining;
    }
}
