package pl.bramka.report;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A report file written in the background, as {@code generated_report} holds it. */
record GeneratedReport(UUID id, UUID merchantId, UUID requestedBy, String fileName, String contentType,
        String parameters, State state, long rowsWritten, long expectedRows, @Nullable Long bytes,
        Instant requestedAt, @Nullable Instant startedAt, @Nullable Instant finishedAt, @Nullable Instant expiresAt,
        @Nullable String errorMessage) {

    enum State {
        QUEUED, RUNNING, DONE, FAILED, INTERRUPTED;

        /** Public for the page's expressions, as is {@link GeneratedReport#percent()}. */
        public boolean unfinished() {
            return this == QUEUED || this == RUNNING;
        }
    }

    /** Whole per cent of the expected rows written, 0–100 (a query may give a few more rows than it counted). */
    public int percent() {
        if (state == State.DONE) {
            return 100;
        }
        if (expectedRows <= 0) {
            return 0;
        }
        return (int) Math.min(100, rowsWritten * 100 / expectedRows);
    }
}
