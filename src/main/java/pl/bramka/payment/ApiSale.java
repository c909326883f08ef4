package pl.bramka.payment;

/**
 * A sale created through the API, with its payment.
 *
 * @param repeated whether an earlier request with the same Idempotency-Key created it
 */
public record ApiSale(Transaction transaction, Payment payment, boolean repeated) {
}
