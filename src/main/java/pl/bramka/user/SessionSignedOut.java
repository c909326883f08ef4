package pl.bramka.user;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A user ended other sessions of their own from the profile: one ({@code count} 1), or all others; {@code device}
 * and {@code address} describe the one session ended, and are null when all others were.
 */
public record SessionSignedOut(UUID userId, UUID merchantId, int count, @Nullable String device,
        @Nullable String address,
        Instant at) {
}
