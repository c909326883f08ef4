package pl.bramka.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.annotation.Scheduled;
import pl.bramka.security.RateLimiter.Window;

/**
 * Counts a key's requests on this node and adds them to the database's count ({@link RateLimiter}) in one statement
 * at most once per {@code shareInterval}, instead of one statement per request: under load every request of one API
 * token would otherwise wait for the previous one's commit on the same row. On one node the count is exact. With
 * several, a node learns the others' requests at its next share, so together they may take up to one share interval
 * of the other nodes' requests more than the limit in a window; every request is still counted in the database.
 */
class BatchedRateLimiter {

    private final RateLimiter database;
    private final Clock clock;
    private final Duration shareInterval;
    private final Map<String, Count> counts = new ConcurrentHashMap<>();

    BatchedRateLimiter(RateLimiter database, Clock clock, Duration shareInterval) {
        this.database = database;
        this.clock = clock;
        this.shareInterval = shareInterval;
    }

    /** Counts one request of {@code key}; over the limit, how long until its window ends (at least a second). */
    Optional<Duration> refusal(String key, RateLimit limit) {
        Instant now = clock.instant();
        Count count = counts.computeIfAbsent(key, ignored -> new Count(limit.window()));
        int toShare;
        synchronized (count) {
            count.forgetEndedWindow(now);
            count.unshared++;
            if (!count.dueForShare(now, shareInterval)) {
                return count.decide(count.shared + count.unshared, limit, now);
            }
            toShare = count.unshared;
            count.unshared = 0;
            count.sharing = true;
        }
        Window window;
        try {
            window = database.count(key, limit, toShare, now);
        } catch (RuntimeException e) {
            synchronized (count) {
                count.unshared += toShare;
                count.sharing = false;
            }
            throw e;
        }
        synchronized (count) {
            count.shared = window.hits();
            count.windowStart = window.start();
            count.sharedAt = now;
            count.sharing = false;
            return count.decide(window.hits(), limit, now);
        }
    }

    /** Counts of windows that are over only take memory; a key that comes again starts from the database's row. */
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void forgetEndedWindows() {
        Instant now = clock.instant();
        counts.values().removeIf(count -> count.endedBy(now));
    }

    /** One key's window as this node knows it. Guarded by its own monitor. */
    private static final class Count {

        private final Duration window;
        private @Nullable Instant windowStart;
        /** The window's requests on every node, as of this node's last share. */
        private int shared;
        /** This node's requests since its last share. */
        private int unshared;
        private Instant sharedAt = Instant.MIN;
        private boolean sharing;

        Count(Duration window) {
            this.window = window;
        }

        /** The requests of a window that is over do not count against the next one. */
        void forgetEndedWindow(Instant now) {
            if (windowStart != null && !now.isBefore(windowStart.plus(window))) {
                windowStart = null;
                shared = 0;
                unshared = 0;
            }
        }

        /**
         * A new window, or the interval since the last share has passed (or the clock was set back before it), and no
         * other request is sharing.
         */
        boolean dueForShare(Instant now, Duration interval) {
            return !sharing && (windowStart == null || !now.isBefore(sharedAt.plus(interval))
                    || now.isBefore(sharedAt));
        }

        Optional<Duration> decide(int requests, RateLimit limit, Instant now) {
            if (requests <= limit.requests()) {
                return Optional.empty();
            }
            return Optional.of(windowStart == null ? limit.window() : RateLimiter.retryAfter(windowStart, limit, now));
        }

        synchronized boolean endedBy(Instant now) {
            return windowStart != null && !now.isBefore(windowStart.plus(window)) && !sharing;
        }
    }
}
