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
 */
public record Invoice(UUID id, UUID merchantId, UUID serviceId, UUID transactionId, UUID paymentId,
        @Nullable UUID correctedInvoiceId, InvoiceKind kind, InvoiceState state, @Nullable String number,
        @Nullable LocalDate issueDate, String buyerName, @Nullable String buyerEmail, boolean buyerCompany, String language, long gross, String currency,
        int attempts, @Nullable String error, Instant createdAt) {
}
