package pl.bramka.audit;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What happened, as a module tells the audit trail: the merchant whose chain it goes to, its kind, who did it (null
 * for the application itself, e.g. a job), what it concerned ({@code target}, e.g. a shop or a user), which part
 * ({@code detail}, e.g. a field) and the values before and after. Secrets never come here; values are shown as given.
 */
public record AuditRecord(UUID merchantId, AuditKind kind, @Nullable UUID actorId, @Nullable String target,
        @Nullable String detail, @Nullable String oldValue, @Nullable String newValue) {
}
