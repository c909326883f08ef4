package pl.bramka.notification;

import java.io.Serializable;

import org.jspecify.annotations.Nullable;

/**
 * How one attempt ended. Only HTTP 200 delivers: it is what imoje treats as received. Serializable, because the panel
 * shows a test notification's outcome after a redirect, through the session.
 */
public record Delivery(Outcome outcome, @Nullable Integer httpStatus, long durationMs, @Nullable String error,
        @Nullable String responseExcerpt) implements Serializable {

    public enum Outcome { DELIVERED, HTTP_ERROR, TIMEOUT, CONNECT_ERROR, REFUSED_ADDRESS, INTERRUPTED }

    public boolean delivered() {
        return outcome == Outcome.DELIVERED;
    }

    /** A refused address stays refused; retrying it would only repeat the refusal. */
    boolean retryable() {
        return outcome != Outcome.DELIVERED && outcome != Outcome.REFUSED_ADDRESS;
    }
}
