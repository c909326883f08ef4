package pl.bramka.refund;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A refund request as the sale's page shows it.
 *
 * @param status  the request's status by name: PENDING, APPROVED, REJECTED or FAILED
 * @param own     whether the reader asked for it
 * @param failure why an approved request could not be refunded (a refusal's reason), or null
 */
public record RequestView(UUID id, String amount, String title, String status, String requestedBy,
        Instant requestedAt, boolean own, @Nullable String failure) {

    public boolean pending() {
        return RefundRequest.Status.PENDING.name().equals(status);
    }
}
