package pl.bramka.accounting;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Where an invoice handed to the external accounting service stands.
 *
 * @param documentId the service's document id once created
 * @param pdfUrl the service's link to the invoice PDF once created
 * @param error the service's message for a configuration error or the last failed attempt
 * @param attempts how many times it has been sent
 * @param nextAttemptAt when it is sent next while queued or retrying
 */
public record ExternalInvoiceStatus(State state, @Nullable String documentId, @Nullable String pdfUrl,
        @Nullable String error, int attempts, @Nullable Instant nextAttemptAt) {

    /**
     * Sending stopped without a document: the service kept failing until the last attempt, or answered success
     * without a document id (sending again could create a second one). Shown as retrying with no next attempt, and
     * the last error.
     */
    public boolean gaveUp() {
        return state == State.RETRYING && nextAttemptAt == null;
    }

    public enum State {
        /** Waiting for its first attempt. */
        QUEUED,
        /** The service created the document. */
        CREATED,
        /** The service rejected the key or the data, or the shop has no key; the merchant must fix it. */
        CONFIGURATION_ERROR,
        /**
         * The service failed or did not answer; it is sent again at {@code nextAttemptAt}, or, with none, it failed
         * for good after the last attempt (see {@link ExternalInvoiceStatus#gaveUp()}).
         */
        RETRYING
    }
}
