package pl.bramka.shop;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A field of a shop changed (the same change its history records), published inside the change's transaction. Shop
 * data, IBAN, payment methods on and off, and what other tabs record through {@link MerchantShops#recordChange}:
 * notification settings, key rotations, API tokens, branding. Values never hold a key or a token.
 */
public record ShopDataChanged(UUID merchantId, UUID serviceId, String shopName, String field,
        @Nullable String oldValue, @Nullable String newValue, @Nullable UUID changedBy) {
}
