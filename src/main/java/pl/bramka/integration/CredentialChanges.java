package pl.bramka.integration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.bramka.shop.MerchantShops;

/**
 * Replacing the shop key and issuing or revoking API tokens, each recorded in the shop's history. The history
 * says what happened; it never holds a key or a token.
 */
@Service
class CredentialChanges {

    /** A rotated key: the new one in plain text (to show once) and until when the previous one still verifies. */
    record RotatedKey(String newKey, Instant oldKeyVerifiesUntil) {
    }

    private final MerchantShops shops;
    private final ShopKeys keys;
    private final ApiTokens tokens;
    private final Clock clock;

    CredentialChanges(MerchantShops shops, ShopKeys keys, ApiTokens tokens, Clock clock) {
        this.shops = shops;
        this.keys = keys;
        this.tokens = tokens;
        this.clock = clock;
    }

    @Transactional
    RotatedKey rotateKey(UUID merchantId, UUID serviceId, int overlapHours, UUID actorId) {
        shops.lockForChange(merchantId, serviceId);
        Duration overlap = Duration.ofHours(overlapHours);
        Instant verifiesUntil = clock.instant().plus(overlap).truncatedTo(ChronoUnit.SECONDS);
        String newKey = keys.rotate(serviceId, overlap);
        shops.recordChange(serviceId, "shopKeyRotation", "verifies until " + verifiesUntil, "rotated", actorId);
        return new RotatedKey(newKey, verifiesUntil);
    }

    /** Issues a token and returns it in plain text: the caller shows it once and forgets it. */
    @Transactional
    String issueToken(UUID merchantId, UUID serviceId, String name, Set<ApiScope> scopes, UUID actorId) {
        shops.lockForChange(merchantId, serviceId);
        String token = tokens.create(serviceId, name, scopes, actorId);
        shops.recordChange(serviceId, "apiTokenIssued", null, name + " (" + ApiScope.stored(scopes) + ")", actorId);
        return token;
    }

    /** Revokes an active token of this shop; false when it is unknown or already revoked. */
    @Transactional
    boolean revokeToken(UUID merchantId, UUID serviceId, UUID tokenId, UUID actorId) {
        shops.lockForChange(merchantId, serviceId);
        Optional<ApiToken> token = tokens.find(serviceId, tokenId);
        if (token.isEmpty() || !tokens.revoke(serviceId, tokenId)) {
            return false;
        }
        shops.recordChange(serviceId, "apiTokenRevoked", token.get().name(), "revoked", actorId);
        return true;
    }
}
