package pl.bramka.audit;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One stored entry of a merchant's chain (public only so the page's templates can read it). {@code kind} is a string, not {@link AuditKind}, because verification must
 * read whatever is in the table, including rows nobody wrote through the application.
 */
public record AuditEntry(UUID merchantId, long seq, Instant occurredAt, @Nullable UUID actorId, @Nullable String actor,
        @Nullable String address, String kind, @Nullable String target, @Nullable String detail,
        @Nullable String oldValue, @Nullable String newValue, String previousHash, String entryHash) {

    /** The chain's first entry names this as its predecessor. */
    static final String GENESIS = "0".repeat(64);
}
