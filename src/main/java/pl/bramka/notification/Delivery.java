package pl.bramka.notification;

import org.jspecify.annotations.Nullable;

/** How one attempt ended. Only HTTP 200 delivers: it is what imoje treats as received. */
record Delivery(Outcome outcome, @Nullable Integer httpStatus, long durationMs, @Nullable String error,
        @Nullable String responseExcerpt) {

    enum Outcome { DELIVERED, HTTP_ERROR, TIMEOUT, CONNECT_ERROR, REFUSED_ADDRESS, INTERRUPTED }

    boolean delivered() {
        return outcome == Outcome.DELIVERED;
    }

    /** A refused address stays refused; retrying it would only repeat the refusal. */
    boolean retryable() {
        return outcome != Outcome.DELIVERED && outcome != Outcome.REFUSED_ADDRESS;
    }
}
