package pl.bramka.user;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A user ended sessions of their own: signed out (this session), or from the profile one other session
 * ({@code count} 1) or all others; {@code device} and {@code address} describe the one session ended, and are null
 * when all others were.
 */
public record SessionSignedOut(UUID userId, UUID merchantId, int count, @Nullable String device,
        @Nullable String address,
        Instant at) {
}
