package pl.bramka.user;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Published inside the transaction that deactivated a user, changed their role or replaced their password: every
 * open session of that user must end, except {@code keptSessionId} (the session that made the change itself).
 */
public record UserSessionsRevoked(UUID userId, @Nullable String keptSessionId) {
}
