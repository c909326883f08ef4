package pl.bramka.user;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One recorded change of a user account. */
public record UserChange(String field, @Nullable String oldValue, @Nullable String newValue,
        @Nullable String changedBy, Instant changedAt) {
}
