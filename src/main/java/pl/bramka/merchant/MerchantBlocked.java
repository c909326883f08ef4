package pl.bramka.merchant;

import java.util.UUID;

/**
 * The operator blocked a merchant: published in the block's database transaction, so its users' sessions end with
 * it.
 */
public record MerchantBlocked(UUID merchantId) {
}
