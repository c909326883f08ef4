package pl.bramka.shop;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.bramka.shared.Tokens;

/**
 * Shops as the gateway sees them: looked up by their public serviceId rather than by a signed-in user's merchant,
 * because API calls, paywall forms and payers arrive without a panel session.
 */
@Service
public class ShopDirectory {

    private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final ShopKeys keys;
    private final ShopPaymentMethods methods;
    private final ShopLogos logos;
    private final ShopBrandColors colors;
    private final NotificationSettings notifications;
    private final Clock clock;

    ShopDirectory(JdbcClient jdbc, ShopKeys keys, ShopPaymentMethods methods, ShopLogos logos,
            ShopBrandColors colors, NotificationSettings notifications, Clock clock) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.methods = methods;
        this.logos = logos;
        this.colors = colors;
        this.notifications = notifications;
        this.clock = clock;
    }

    private static final String GATEWAY_SHOP = """
            select s.service_id, s.merchant_id, m.public_id, s.name, s.status, s.payment_activity_seconds,
                   s.notification_url
            from shop s join merchant m on m.id = s.merchant_id
            """;

    public Optional<GatewayShop> find(UUID serviceId) {
        return jdbc.sql(GATEWAY_SHOP + "where s.service_id = ?").param(serviceId).query(ShopDirectory::gatewayShop)
                .optional();
    }

    /** A merchant's shops by name, for lists that filter by shop or show its name. */
    public List<GatewayShop> shopsOf(UUID merchantId) {
        return jdbc.sql(GATEWAY_SHOP + "where s.merchant_id = ? order by s.name, s.service_id").param(merchantId)
                .query(ShopDirectory::gatewayShop).list();
    }

    private static GatewayShop gatewayShop(ResultSet rs, int row) throws SQLException {
        return new GatewayShop(rs.getObject("service_id", UUID.class), rs.getObject("merchant_id", UUID.class),
                rs.getString("public_id"), rs.getString("name"), ShopStatus.valueOf(rs.getString("status")),
                (Integer) rs.getObject("payment_activity_seconds"), rs.getString("notification_url"));
    }

    /** When the shop was added; empty for an unknown shop. */
    public Optional<Instant> created(UUID serviceId) {
        return jdbc.sql("select created_at from shop where service_id = ?").param(serviceId)
                .query((rs, row) -> rs.getTimestamp("created_at").toInstant()).optional();
    }

    /**
     * The shop a bearer token acts for, when the token exists and is not revoked. Its last use is recorded to the
     * minute: writing it on every request would make every API call of a shop queue for the token's row.
     */
    @Transactional
    public Optional<ApiClient> authenticate(String bearerToken) {
        Instant now = clock.instant();
        Optional<AuthenticatedToken> token = jdbc.sql("""
                select t.id, t.last_used_at, s.service_id, s.merchant_id, m.public_id
                from api_token t join shop s on s.service_id = t.service_id join merchant m on m.id = s.merchant_id
                where t.token_hash = ? and t.revoked_at is null""")
                .param(Tokens.sha256Hex(bearerToken))
                .query((rs, row) -> new AuthenticatedToken(rs.getObject("id", UUID.class),
                        rs.getTimestamp("last_used_at"), new ApiClient(rs.getObject("service_id", UUID.class),
                                rs.getObject("merchant_id", UUID.class), rs.getString("public_id"))))
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

    /** Keys that verify a signature now: the current key, then rotated keys still inside their overlap. */
    public List<String> verifyingKeys(UUID serviceId) {
        return keys.verifying(serviceId);
    }

    /** The key notifications are signed with. */
    public String currentKey(UUID serviceId) {
        return keys.current(serviceId);
    }

    /** The addresses the shop wants told, by e-mail, of its completed transactions. */
    public List<String> notificationEmails(UUID serviceId) {
        return notifications.emails(serviceId);
    }

    /** Whether the shop has switched this method on: one row by key, for starting a payment. */
    public boolean offers(UUID serviceId, String methodCode) {
        return jdbc.sql("select enabled from shop_payment_method where service_id = ? and method_code = ?")
                .params(serviceId, methodCode).query(Boolean.class).optional().orElse(false);
    }

    /** The methods the shop has switched on, in the order the payment page shows them. */
    public List<PaymentMethodDefinition> enabledMethods(UUID merchantId, UUID serviceId) {
        return methods.forShop(merchantId, serviceId).stream().filter(ShopPaymentMethod::enabled)
                .map(ShopPaymentMethod::definition).toList();
    }

    /** The shop's commission on a method in a currency; empty when the shop does not have the method. */
    public Optional<ShopCommission> commission(UUID merchantId, UUID serviceId, String methodCode, String currency) {
        return methods.find(merchantId, serviceId, methodCode)
                .map(method -> new ShopCommission(method.percentBp(), method.fixedFees().getOrDefault(currency, 0L)));
    }

    public PaymentPageBranding branding(UUID merchantId, UUID serviceId) {
        String logoUrl = logos.find(merchantId, serviceId).map(logo -> PayerBrandingUrls.logo(serviceId, logo))
                .orElse(null);
        return new PaymentPageBranding(logoUrl, PayerBrandingUrls.theme(serviceId, colors.of(merchantId, serviceId)));
    }
}
