package pl.bramka.payment;

/** An event that the transaction's status does not allow; nothing was changed. */
public class IllegalTransition extends RuntimeException {

    public IllegalTransition(TransactionStatus status, TransactionEvent event) {
        super("A " + status.wire() + " transaction cannot take " + event);
    }
}
