package pl.bramka.shop;

import java.util.UUID;

/**
 * A shop was added. Published inside the transaction that adds it, so what other modules set up for a new shop
 * (its first key) exists exactly when the shop does.
 */
public record ShopRegistered(UUID serviceId, UUID merchantId) {
}
