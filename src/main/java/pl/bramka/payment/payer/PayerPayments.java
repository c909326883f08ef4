package pl.bramka.payment.payer;

import java.util.Optional;
import java.util.UUID;

import pl.bramka.payment.Payment;
import pl.bramka.payment.Transaction;

/**
 * Payments as their payer reaches them: by the random payment id in the payer's link, which is the payer's capability
 * (no merchant or shop is known on those pages). Only the payer pages use it; the panel and the API read payments
 * within a merchant or a shop through {@link pl.bramka.payment.Payments}.
 */
public interface PayerPayments {

    Optional<Payment> payment(UUID paymentId);

    /** A sale attempt of this payment; another payment's transaction is as absent as an unknown one. */
    Optional<Transaction> attempt(Payment payment, UUID transactionId);
}
