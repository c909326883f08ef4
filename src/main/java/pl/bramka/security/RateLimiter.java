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
        Timestamp windowOver = Timestamp.from(now.minus(limit.window()));
        record Window(int hits, Instant start) {
        }
        Window window = jdbc.sql("""
                insert into rate_limit_window (limit_key, window_start, hits) values (:key, :now, 1)
                on conflict (limit_key) do update set
                    hits = case when rate_limit_window.window_start <= :windowOver then 1
                               else rate_limit_window.hits + 1 end,
                    window_start = case when rate_limit_window.window_start <= :windowOver then excluded.window_start
                               else rate_limit_window.window_start end
                returning hits, window_start""")
                .param("key", key).param("now", Timestamp.from(now)).param("windowOver", windowOver)
                .query((rs, row) -> new Window(rs.getInt("hits"), rs.getTimestamp("window_start").toInstant()))
                .single();
        if (window.hits() <= limit.requests()) {
            return Optional.empty();
        }
        Duration left = Duration.between(now, window.start().plus(limit.window()));
        return Optional.of(left.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : left);
    }

    /** Windows of a day ago are over for every limit a setting could sensibly name. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void forgetOldWindows() {
        jdbc.sql("delete from rate_limit_window where window_start < ?")
                .param(Timestamp.from(clock.instant().minus(Duration.ofDays(1)))).update();
    }
}
