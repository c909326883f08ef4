package pl.bramka.payment.acquirer;

import pl.bramka.payment.PayerInput;
import pl.bramka.payment.Payment;
import pl.bramka.payment.Transaction;

/**
 * Moves the money: a bank, a card processor, a BLIK operator. The shipped implementation is the sandbox acquirer,
 * which behaves like imoje's sandbox; everything after the acquirer (statuses, notifications, refunds, reports)
 * is the same for every implementation.
 */
public interface Acquirer {

    /** Starts paying a sale with what the payer gave. */
    AcquirerStep pay(Transaction sale, Payment payment, PayerInput input);

    /** Returns money of a settled sale. */
    AcquirerStep refund(Transaction refund, Transaction sale);
}
