package pl.bramka.payment;

/** A payment or transaction that cannot be opened or started, and why; nothing was written. */
public class PaymentRefused extends RuntimeException {

    public enum Reason {
        /** No such shop, or the shop is not active. */
        SHOP_UNAVAILABLE,
        /** The payment is paid, being paid, or cancelled. */
        NOT_PAYABLE,
        /** The payment's validity has passed. */
        EXPIRED,
        /** The shop does not offer the method, or not for this currency, amount or payment. */
        METHOD_UNAVAILABLE,
        /** The Idempotency-Key was used before for a different request. */
        IDEMPOTENCY_KEY_REUSED
    }

    private final Reason reason;

    public PaymentRefused(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
