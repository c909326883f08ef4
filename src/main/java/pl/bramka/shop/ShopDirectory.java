package pl.bramka.shop;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Shops as the gateway sees them: looked up by their public serviceId rather than by a signed-in user's merchant,
 * because API calls, paywall forms and payers arrive without a panel session.
 */
@Service
public class ShopDirectory {

    private final JdbcClient jdbc;
    private final ShopPaymentMethods methods;

    ShopDirectory(JdbcClient jdbc, ShopPaymentMethods methods) {
        this.jdbc = jdbc;
        this.methods = methods;
    }

    /** A shop of a merchant the operator blocked takes no payments, whatever its own status. */
    private static final String GATEWAY_SHOP = """
            select s.service_id, s.merchant_id, m.public_id, s.name,
                   case when m.status = 'BLOCKED' then 'BLOCKED' else s.status end as status,
                   s.payment_activity_seconds, s.notification_url
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

}
