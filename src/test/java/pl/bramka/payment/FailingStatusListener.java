package pl.bramka.payment;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.event.EventListener;

/**
 * Stands for a module that writes its own rows in answer to a status change and fails: for a transaction titled
 * {@value #TITLE} it throws when the transaction settles, which must undo the change itself.
 */
@TestComponent
public class FailingStatusListener {

    static final String TITLE = "ROLLBACK-PROBE";

    @EventListener
    void on(TransactionStatusChanged changed) {
        if (TITLE.equals(changed.transaction().title()) && changed.transaction().status() == TransactionStatus.SETTLED) {
            throw new IllegalStateException("listener failed");
        }
    }
}
