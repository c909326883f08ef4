package pl.bramka.link;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import pl.bramka.payment.Customer;
import pl.bramka.payment.TransactionStatus;

/**
 * One payment made through a link, as the link's page lists it, with its sale attempts.
 *
 * @param listed when it joined the link: the list's order and keyset
 */
record LinkPayment(UUID id, Instant listed, Instant created, TransactionStatus status, long amount, String currency,
        Customer customer, List<Attempt> attempts) {

    /** A payer's try to pay it with a method: a transaction of the panel. */
    record Attempt(UUID id, String paymentMethod, TransactionStatus status) {
    }
}
