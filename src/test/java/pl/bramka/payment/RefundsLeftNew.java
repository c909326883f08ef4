package pl.bramka.payment;

import java.time.Clock;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.support.TransactionTemplate;
import pl.bramka.payment.RefundCompletionTests.NodeStopped;
import pl.bramka.payment.RefundCompletionTests.StoppingAcquirer;

/** Refunds as a node leaves them when it stops during the acquirer's call: written, still new, never answered. */
@TestComponent
public class RefundsLeftNew {

    private final Refunds interrupted;

    RefundsLeftNew(PaymentRepository payments, TransactionRepository transactions, StatusChanges statusChanges,
            Payments paymentApi, TransactionTemplate inTransaction, Clock clock) {
        this.interrupted = new Refunds(payments, transactions, statusChanges,
                new PaymentProcessing(new StoppingAcquirer(), statusChanges, paymentApi, transactions), inTransaction,
                clock);
    }

    /** Writes a refund of the sale that its node never sent. */
    public void leaveNew(Transaction sale, long amount) {
        try {
            interrupted.refund(sale, amount, "Zwrot", PaymentSource.API);
        } catch (NodeStopped expected) {
            return;
        }
        throw new IllegalStateException("The refund of " + sale.id() + " reached an acquirer");
    }
}
