package pl.bramka.integration;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An API token as the panel lists it: its name, first characters and scopes, never the token itself.
 *
 * @param validUntil set once a plugin replaced the token ({@code POST /auth/rotate}): it works until then
 */
public record ApiToken(UUID id, String name, String prefix, Set<ApiScope> scopes, Instant createdAt,
        @Nullable Instant lastUsedAt, @Nullable Instant revokedAt, @Nullable Instant validUntil) {

    public boolean active() {
        return revokedAt == null;
    }
}
