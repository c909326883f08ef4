package pl.bramka.shop;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A change of a shop's IBAN waiting to take effect (or what became of it). {@code effectiveAt} is set only where the
 * merchant had a single Representative: then the change takes effect at that moment unless rejected before.
 */
public record IbanChange(UUID id, UUID serviceId, UUID merchantId, @Nullable String oldIban, @Nullable String newIban,
        UUID requestedBy, Instant requestedAt, @Nullable Instant effectiveAt, Status status) {

    /** Where a change is in its life. */
    public enum Status { PENDING, APPLIED, REJECTED, SUPERSEDED }

    public @Nullable String oldIbanGrouped() {
        return oldIban == null ? null : Iban.grouped(oldIban);
    }

    public @Nullable String newIbanGrouped() {
        return newIban == null ? null : Iban.grouped(newIban);
    }

    public boolean pending() {
        return status == Status.PENDING;
    }

    /** Whether it needs another Representative's confirmation, rather than taking effect by itself. */
    public boolean awaitsConfirmation() {
        return effectiveAt == null;
    }
}
