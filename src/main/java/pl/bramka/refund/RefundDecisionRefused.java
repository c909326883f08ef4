package pl.bramka.refund;

/** A refund request that cannot be decided by this user now; nothing was changed. */
class RefundDecisionRefused extends RuntimeException {

    enum Reason {
        /** Nobody approves their own request. */
        OWN_REQUEST,
        /** Someone else decided it first. */
        NOT_PENDING
    }

    private final Reason reason;

    RefundDecisionRefused(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
