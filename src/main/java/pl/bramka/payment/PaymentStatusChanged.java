package pl.bramka.payment;

/**
 * A payment changed status on its own, without a transaction changing with it: the shop cancelled it, or it expired
 * unpaid. Published inside the database transaction of the change, like {@link TransactionStatusChanged}; a change
 * that follows a transaction's is told by that event alone.
 *
 * @param payment  the payment after the change
 * @param previous its status before
 */
public record PaymentStatusChanged(Payment payment, TransactionStatus previous) {
}
