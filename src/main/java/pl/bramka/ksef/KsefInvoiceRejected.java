package pl.bramka.ksef;

import java.util.UUID;

/** KSeF refused the invoice for good, with its reason; published in the transaction that records it. */
public record KsefInvoiceRejected(UUID merchantId, UUID invoiceId, String reason) {
}
