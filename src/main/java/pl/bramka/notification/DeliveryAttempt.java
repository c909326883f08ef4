package pl.bramka.notification;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One attempt to deliver a notification, as the delivery log shows it.
 *
 * @param outcome         null while the attempt is running
 * @param nextAttemptAt   when the schedule tries again after this attempt, if it does
 */
public record DeliveryAttempt(int number, Instant startedAt, String url, @Nullable String outcome,
        @Nullable Integer httpStatus, @Nullable Integer durationMs, @Nullable String error,
        @Nullable String responseExcerpt, @Nullable Instant nextAttemptAt) {
}
