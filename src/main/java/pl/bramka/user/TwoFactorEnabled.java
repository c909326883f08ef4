package pl.bramka.user;

import java.time.Instant;
import java.util.UUID;

/** A user confirmed their authenticator with a first code: from now on they sign in with two factors. */
public record TwoFactorEnabled(UUID userId, UUID merchantId, Instant at) {
}
