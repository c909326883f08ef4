package pl.bramka.ksef;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Where an invoice stands in KSeF: its number once accepted, KSeF's reason once rejected, and when the next try is
 * due while it waits.
 */
public record KsefStatus(State state, @Nullable String ksefNumber, @Nullable String error, int attempts,
        @Nullable Instant nextAttemptAt) {

    public enum State {
        QUEUED, SENT, ACCEPTED, REJECTED, RETRYING
    }
}
