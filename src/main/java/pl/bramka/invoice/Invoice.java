package pl.bramka.invoice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An invoice as stored, without its XML and PDF.
 *
 * @param buyerCompany whether the buyer is a business (its e-mail then carries the XML too); known once issued
 * @param language     the buyer's language, {@code pl} or {@code en}; known once issued
 * @param gross        negative for a correction of a refund
 * @param ksefState    null when the invoice does not go to KSeF
 * @param ksefNumber   the number KSeF gave it
 * @param ksefError    KSeF's reason for refusing it
 */
public record Invoice(UUID id, UUID merchantId, UUID serviceId, UUID transactionId, UUID paymentId,
        @Nullable UUID correctedInvoiceId, InvoiceKind kind, InvoiceState state, @Nullable String number,
        @Nullable LocalDate issueDate, String buyerName, @Nullable String buyerEmail, boolean buyerCompany,
        String language, long gross, String currency,
        int attempts, @Nullable String error, Instant createdAt, @Nullable KsefState ksefState,
        @Nullable String ksefNumber, @Nullable String ksefError) {

    /** An invoice's way through KSeF: handed over and waiting for its number, numbered, or refused. */
    public enum KsefState {
        OFFLINE, ACCEPTED, REJECTED
    }
}
