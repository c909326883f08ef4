package pl.bramka.user;

import java.time.Instant;
import java.util.UUID;

/** A user replaced their recovery codes with ten new ones; the old ones, used or not, no longer work. */
public record RecoveryCodesRegenerated(UUID userId, UUID merchantId, Instant at) {
}
