package pl.bramka.user;

import java.time.Instant;
import java.util.UUID;

/** A user turned two-factor sign-in off, after their password and a code. */
public record TwoFactorDisabled(UUID userId, UUID merchantId, Instant at) {
}
