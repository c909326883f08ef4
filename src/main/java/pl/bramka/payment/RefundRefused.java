package pl.bramka.payment;

/** A refund that cannot be made, and why; nothing was written. */
public class RefundRefused extends RuntimeException {

    public enum Reason {
        /** Only sales can be refunded. */
        NOT_A_SALE,
        /** Only settled sales can be refunded. */
        NOT_SETTLED,
        /** The amount is zero, negative, or more than what remains of the sale. */
        AMOUNT_ABOVE_REMAINING,
        /** Nothing of the sale remains to be refunded. */
        NOTHING_LEFT,
        /** The idempotency key was used before for another refund request: of another sale, or another body. */
        IDEMPOTENCY_KEY_REUSED
    }

    private final Reason reason;

    public RefundRefused(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
