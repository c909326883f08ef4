package pl.bramka.user;

import java.time.Instant;
import java.util.UUID;

/** A one-time recovery code stood in for an authenticator code; {@code remaining} are left unused. */
public record RecoveryCodeUsed(UUID userId, UUID merchantId, int remaining, Instant at) {
}
