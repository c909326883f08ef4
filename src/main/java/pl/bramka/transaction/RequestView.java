package pl.bramka.transaction;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A refund request as the sale's page shows it; {@code own} when the reader asked for it. */
record RequestView(UUID id, String amount, String title, RefundRequest.Status status, String requestedBy,
        Instant requestedAt, boolean own, @Nullable String failure) {

    public boolean pending() {
        return status == RefundRequest.Status.PENDING;
    }
}
