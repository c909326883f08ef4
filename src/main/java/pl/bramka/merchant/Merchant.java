package pl.bramka.merchant;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A merchant as the operator sees it.
 *
 * @param publicId      imoje's merchantId
 * @param nip           the ten digits of its NIP, or null for a merchant registered without company data (demo)
 * @param blockedReason why the operator blocked it, while it is blocked
 */
public record Merchant(UUID id, String publicId, String name, @Nullable String nip, @Nullable String regon,
        @Nullable String address, MerchantStatus status, @Nullable String blockedReason, Instant createdAt) {
}
