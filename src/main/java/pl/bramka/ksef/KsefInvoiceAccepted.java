package pl.bramka.ksef;

import java.util.UUID;

/** KSeF accepted the invoice and gave it its number; published in the transaction that stores it. */
public record KsefInvoiceAccepted(UUID merchantId, UUID invoiceId, String ksefNumber) {
}
