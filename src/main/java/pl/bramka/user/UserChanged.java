package pl.bramka.user;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A user account changed (the same change the user's history records: invitation, role, status, password replaced,
 * never the password), published inside the change's transaction.
 */
public record UserChanged(UUID merchantId, UUID userId, String email, String field, @Nullable String oldValue,
        @Nullable String newValue, @Nullable UUID changedBy) {
}
