package pl.bramka.ksef;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A merchant's invoices in KSeF at a glance: how many wait (queued, retried or awaiting KSeF's decision), were
 * accepted or rejected, and the latest problem of one that waits, with when it is tried again.
 */
record KsefQueueSummary(long waiting, long accepted, long rejected, @Nullable String latestProblem,
        @Nullable Instant nextAttemptAt) {
}
