package pl.bramka.payment;

public class TransactionNotFound extends RuntimeException {

    public TransactionNotFound() {
        super("No such transaction");
    }
}
