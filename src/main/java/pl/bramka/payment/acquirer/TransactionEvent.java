package pl.bramka.payment.acquirer;

/** What can happen to a transaction; {@link TransactionStateMachine} says which status each leads to. */
public enum TransactionEvent {
    /** The payer went to the acquirer (bank page, 3-D Secure, BLIK app) and the answer is awaited. */
    START,
    /** The acquirer reserved the money (cards). */
    AUTHORIZE,
    /** The money is the merchant's. */
    SETTLE,
    /** The payer, the bank or the acquirer refused. */
    REJECT,
    /** The payment's validity passed, or the shop cancelled it, before it was paid. */
    EXPIRE,
    /** The acquirer failed (a provider error), not the payer. */
    FAIL
}
