package pl.bramka.accounting;

import java.util.UUID;

/** An invoice a sender holds for one attempt: the {@code attempt}-th, with the JSON body to send. */
record ClaimedInvoice(long id, int attempt, UUID merchantId, UUID serviceId, String request) {
}
