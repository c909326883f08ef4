package pl.bramka.payment;

import org.jspecify.annotations.Nullable;

/**
 * A transaction was created or changed status. Published inside the database transaction of the change, so a
 * listener that writes its own rows (a notification, an e-mail) commits or rolls back together with the change.
 *
 * @param previous the status before, or null when the transaction was just created
 * @param payment  the payment the transaction belongs to, with its status after the change
 */
public record TransactionStatusChanged(Transaction transaction, @Nullable TransactionStatus previous,
        Payment payment) {
}
