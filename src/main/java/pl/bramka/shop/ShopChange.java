package pl.bramka.shop;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One recorded change of a shop's data. */
public record ShopChange(String field, @Nullable String oldValue, @Nullable String newValue,
        @Nullable String changedBy, Instant changedAt) {
}
