package pl.bramka.integration;

import java.util.UUID;

/** A user confirmed their password and was shown a shop's key. */
public record ShopKeyRevealed(UUID merchantId, UUID serviceId, String shopName, UUID revealedBy) {
}
