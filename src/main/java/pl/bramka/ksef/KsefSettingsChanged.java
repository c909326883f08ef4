package pl.bramka.ksef;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A merchant's KSeF settings changed, published in the transaction of the change for the audit log. {@code field}
 * is {@code enabled}, {@code environment}, {@code includeConsumers} or {@code token}; a token's values are only
 * "set" or "changed", never the token.
 */
public record KsefSettingsChanged(UUID merchantId, UUID changedBy, String field, @Nullable String oldValue,
        String newValue) {
}
