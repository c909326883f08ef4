package pl.bramka.link;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import pl.bramka.shared.Money;

/** A payment link as stored; see {@link NewLink} for the meaning of its fields. */
record Link(UUID id, UUID merchantId, UUID serviceId, LinkKind kind, @Nullable String code, String title,
        @Nullable String description, String currency, @Nullable Long amount, @Nullable Long amountMin,
        @Nullable Long amountMax, @Nullable String orderId, @Nullable String customerName,
        @Nullable String customerEmail, @Nullable List<String> methods, @Nullable Integer useLimit,
        @Nullable Instant validTo, Set<PayerField> payerFields, @Nullable String createdBy, Instant created,
        @Nullable Instant deactivated) {

    /** Public (in a package-private type) so that templates can call it. */
    public boolean payerEntersAmount() {
        return amount == null;
    }

    boolean expiredAt(Instant now) {
        return validTo != null && !now.isBefore(validTo);
    }

    public boolean asks(PayerField field) {
        return payerFields.contains(field);
    }

    /** Whether a payer-typed amount lies within the link's bounds. */
    boolean allows(long typed) {
        return amountMin != null && amountMax != null && typed >= amountMin && typed <= amountMax;
    }

    @Nullable
    Money fixedAmount() {
        return amount == null ? null : new Money(amount, currency);
    }
}
