package pl.bramka.ksef;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A merchant's KSeF choices as stored; the token stays sealed, {@code tokenHint} is its last characters. */
record MerchantKsefSettings(UUID merchantId, boolean enabled, KsefEnvironment environment,
        boolean includeConsumers, @Nullable String tokenSealed, @Nullable String tokenHint) {

    boolean hasToken() {
        return tokenSealed != null;
    }
}
