package pl.bramka.security;

import java.time.Duration;

import org.springframework.boot.convert.DurationStyle;

/**
 * At most {@code requests} within {@code window}, written {@code requests/window} in settings, e.g. {@code 20/1m}.
 */
public record RateLimit(int requests, Duration window) {

    public RateLimit {
        if (requests < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A rate limit needs at least one request in a positive window");
        }
    }

    /** Reads {@code 20/1m} (Spring's duration style after the slash); the binder of settings calls it. */
    public static RateLimit valueOf(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("A rate limit reads requests/window, e.g. 20/1m: " + text);
        }
        return new RateLimit(Integer.parseInt(text.substring(0, slash).trim()),
                DurationStyle.detectAndParse(text.substring(slash + 1).trim()));
    }

    @Override
    public String toString() {
        return requests + "/" + window;
    }
}
