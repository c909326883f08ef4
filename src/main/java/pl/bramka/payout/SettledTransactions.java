package pl.bramka.payout;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import pl.bramka.payment.Transaction;
import pl.bramka.payment.TransactionStatus;
import pl.bramka.payment.TransactionStatusChanged;
import pl.bramka.payment.TransactionType;

/**
 * Makes every settled sale and refund an item waiting for its payout. It listens synchronously, so the item commits
 * or rolls back with the settlement: no settled transaction is ever missing from the payouts, nor in two.
 */
@Component
class SettledTransactions {

    private final PayoutRepository payouts;

    SettledTransactions(PayoutRepository payouts) {
        this.payouts = payouts;
    }

    @EventListener
    void on(TransactionStatusChanged changed) {
        Transaction transaction = changed.transaction();
        if (transaction.status() != TransactionStatus.SETTLED || changed.previous() == TransactionStatus.SETTLED) {
            return;
        }
        boolean sale = transaction.type() == TransactionType.SALE;
        long commission = sale && transaction.commission() != null ? transaction.commission() : 0;
        payouts.addTransactionItem(transaction.merchantId(), transaction.serviceId(), transaction.currency(),
                sale ? PayoutItem.Kind.SALE : PayoutItem.Kind.REFUND, transaction.id(),
                sale ? transaction.amount() : -transaction.amount(), commission, transaction.modified());
    }
}
