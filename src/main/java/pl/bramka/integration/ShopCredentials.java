package pl.bramka.integration;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.bramka.shared.Tokens;
import pl.bramka.shop.ShopRegistered;

/**
 * What the gateway needs of a shop's credentials: the keys that sign paywall forms and notifications, and the shop
 * an API token acts for. Looked up by serviceId or token, because API calls, paywall forms and notifications have
 * no panel session.
 */
@Service
public class ShopCredentials {

    private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    private final ShopKeys keys;
    private final CredentialChanges changes;
    private final PluginCredentialRotation rotation;
    private final JdbcClient jdbc;
    private final Clock clock;

    ShopCredentials(ShopKeys keys, CredentialChanges changes, PluginCredentialRotation rotation, JdbcClient jdbc,
            Clock clock) {
        this.keys = keys;
        this.changes = changes;
        this.rotation = rotation;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Keys that verify a signature now: the current key, then rotated keys still inside their overlap. */
    public List<String> verifyingKeys(UUID serviceId) {
        return keys.verifying(serviceId);
    }

    /** The key notifications are signed with. */
    public String currentKey(UUID serviceId) {
        return keys.current(serviceId);
    }

    /**
     * Issues an API token with every scope (the demo token's and the tests'), recorded in the shop's history as the
     * integration tab does; returns it in plain text.
     */
    public String issueApiToken(UUID merchantId, UUID serviceId, String name, @Nullable UUID actorId) {
        return issueApiToken(merchantId, serviceId, name, ApiScope.all(), actorId);
    }

    /** Issues an API token with these scopes; returns it in plain text. */
    public String issueApiToken(UUID merchantId, UUID serviceId, String name, Set<ApiScope> scopes,
            @Nullable UUID actorId) {
        return changes.issueToken(merchantId, serviceId, name, scopes, actorId);
    }

    /**
     * A new API token for the one {@code bearerToken} belongs to, and new keys for the listed shops of its merchant,
     * as {@code POST /auth/rotate} asks; the previous ones keep working for the rotation overlap. A repeat within a
     * minute returns the same credentials.
     *
     * @throws CredentialRotationRefused when a listed shop is not the merchant's or the token was replaced before
     */
    public RotatedCredentials rotateForPlugin(ApiClient client, String bearerToken, List<String> serviceIds) {
        return rotation.rotate(client, bearerToken, serviceIds);
    }

    /**
     * The shop a bearer token acts for, when the token exists, is not revoked and, if it was replaced, is not past
     * its end. Its last use is recorded to the
     * minute: writing it on every request would make every API call of a shop queue for the token's row.
     */
    @Transactional
    public Optional<ApiClient> authenticate(String bearerToken) {
        Instant now = clock.instant();
        Optional<AuthenticatedToken> token = jdbc.sql("""
                select t.id, t.last_used_at, t.scopes, s.service_id, s.merchant_id, m.public_id
                from api_token t join shop s on s.service_id = t.service_id join merchant m on m.id = s.merchant_id
                where t.token_hash = ? and t.revoked_at is null and (t.valid_until is null or t.valid_until > ?)""")
                .params(Tokens.sha256Hex(bearerToken), Timestamp.from(now))
                .query((rs, row) -> new AuthenticatedToken(rs.getObject("id", UUID.class),
                        rs.getTimestamp("last_used_at"), new ApiClient(rs.getObject("service_id", UUID.class),
                                rs.getObject("merchant_id", UUID.class), rs.getString("public_id"),
                                ApiScope.parse(rs.getString("scopes")))))
                .optional();
        token.filter(used -> used.lastUsed() == null
                || used.lastUsed().toInstant().isBefore(now.minus(LAST_USE_PRECISION)))
                .ifPresent(used -> jdbc.sql("""
                        update api_token set last_used_at = ?
                        where id = ? and (last_used_at is null or last_used_at < ?)""")
                        .params(Timestamp.from(now), used.id(), Timestamp.from(now.minus(LAST_USE_PRECISION)))
                        .update());
        return token.map(AuthenticatedToken::client);
    }

    private record AuthenticatedToken(UUID id, @Nullable Timestamp lastUsed, ApiClient client) {
    }

    /** Every shop has a key from the moment it exists. */
    @EventListener
    void createFirstKey(ShopRegistered shop) {
        keys.create(shop.serviceId());
    }
}
