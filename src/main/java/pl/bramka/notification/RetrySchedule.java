package pl.bramka.notification;

import java.time.Duration;
import java.util.Optional;

/**
 * imoje's retry schedule (imoje-compat.md §4): after the first attempt, 3 retries every 10 s, 5 every 5 min, 5 every
 * 60 min, 5 every 360 min and 5 every 720 min; 24 attempts over about four days, then the notification has failed.
 */
final class RetrySchedule {

    private static final int[] RETRIES = {3, 5, 5, 5, 5};
    private static final Duration[] INTERVALS = {Duration.ofSeconds(10), Duration.ofMinutes(5), Duration.ofMinutes(60),
            Duration.ofMinutes(360), Duration.ofMinutes(720)};

    static final int MAX_ATTEMPTS = 1 + 3 + 5 + 5 + 5 + 5;

    private RetrySchedule() {
    }

    /** How long to wait after attempt number {@code failedAttempt} (1-based) failed; empty after the last one. */
    static Optional<Duration> delayAfter(int failedAttempt) {
        int retriesBefore = 0;
        for (int tier = 0; tier < RETRIES.length; tier++) {
            retriesBefore += RETRIES[tier];
            if (failedAttempt <= retriesBefore) {
                return Optional.of(INTERVALS[tier]);
            }
        }
        return Optional.empty();
    }
}
