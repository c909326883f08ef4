package pl.bramka.ksef;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An invoice claimed for one attempt; {@code invoiceReference} is set once KSeF took the invoice, and then the
 * attempt only asks how it went. {@code attempts} counts this one.
 */
record ClaimedSubmission(UUID invoiceId, UUID merchantId, byte[] xml, int attempts,
        @Nullable String sessionReference, @Nullable String invoiceReference) {

    boolean sent() {
        return invoiceReference != null;
    }
}
