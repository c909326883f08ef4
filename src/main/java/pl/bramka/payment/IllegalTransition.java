package pl.bramka.payment;

import pl.bramka.payment.acquirer.TransactionEvent;

/** An event that the transaction's status does not allow; nothing was changed. */
public class IllegalTransition extends RuntimeException {

    IllegalTransition(TransactionStatus status, TransactionEvent event) {
        super("A " + status.wire() + " transaction cannot take " + event);
    }
}
