package pl.bramka.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts requests per key in a window that starts with the key's first request; the count lives in one database row
 * that a single statement increments (or restarts when its window is over), so concurrent requests on any number of
 * nodes are counted exactly once each.
 */
@Component
class RateLimiter {

    private final JdbcClient jdbc;
    private final Clock clock;

    RateLimiter(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Counts one request of {@code key}; over the limit, how long until its window ends (at least a second). */
    Optional<Duration> refusal(String key, RateLimit limit) {
        Instant now = clock.instant();
        Window window = count(key, limit, 1, now);
        return window.hits() <= limit.requests() ? Optional.empty()
                : Optional.of(retryAfter(window.start(), limit, now));
    }

    /**
     * Adds {@code requests} to the count of {@code key}'s window, or starts a new window with them when the last one
     * is over; the window as it stands after them.
     */
    Window count(String key, RateLimit limit, int requests, Instant now) {
        return jdbc.sql("""
                insert into rate_limit_window (limit_key, window_start, hits) values (:key, :now, :requests)
                on conflict (limit_key) do update set
                    hits = case when rate_limit_window.window_start <= :windowOver then excluded.hits
                               else rate_limit_window.hits + excluded.hits end,
                    window_start = case when rate_limit_window.window_start <= :windowOver then excluded.window_start
                               else rate_limit_window.window_start end
                returning hits, window_start""")
                .param("key", key).param("now", Timestamp.from(now)).param("requests", requests)
                .param("windowOver", Timestamp.from(now.minus(limit.window())))
                .query((rs, row) -> new Window(rs.getInt("hits"), rs.getTimestamp("window_start").toInstant()))
                .single();
    }

    /** How long until a window that started at {@code windowStart} ends, at least a second. */
    static Duration retryAfter(Instant windowStart, RateLimit limit, Instant now) {
        Duration left = Duration.between(now, windowStart.plus(limit.window()));
        return left.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : left;
    }

    /** A key's requests in the window that started at {@code start}, across every node. */
    record Window(int hits, Instant start) {
    }

    /** Windows of a day ago are over for every limit a setting could sensibly name. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void forgetOldWindows() {
        jdbc.sql("delete from rate_limit_window where window_start < ?")
                .param(Timestamp.from(clock.instant().minus(Duration.ofDays(1)))).update();
    }
}
