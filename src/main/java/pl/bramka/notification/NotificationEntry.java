package pl.bramka.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A notification in the delivery log.
 *
 * @param eventStatus   the status it tells about (of the transaction, or of the payment for a payment-only one)
 * @param nextAttemptAt when it is tried next, while it is pending
 * @param attempts      its attempts, oldest first; empty where the log lists notifications without them
 */
public record NotificationEntry(UUID publicId, UUID serviceId, @Nullable UUID transactionId, NotificationKind kind,
        String eventStatus, String url, NotificationState state, int attemptCount, @Nullable Instant nextAttemptAt,
        @Nullable String lastOutcome, @Nullable Integer lastHttpStatus, Instant createdAt,
        @Nullable Instant finishedAt, List<DeliveryAttempt> attempts) {

    NotificationEntry withAttempts(List<DeliveryAttempt> all) {
        return new NotificationEntry(publicId, serviceId, transactionId, kind, eventStatus, url, state, attemptCount,
                nextAttemptAt, lastOutcome, lastHttpStatus, createdAt, finishedAt, all);
    }
}
