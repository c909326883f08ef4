package pl.bramka.shop;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operator's side of shops: activating a new shop, blocking one (with the reason the merchant's panel shows) and
 * unblocking it. A shop that is not active takes no payments: its API and paywall answer as for an inactive service.
 */
@Service
public class ShopAdministration {

    /**
     * A shop with the reason it takes no payments, if the operator blocked it or its merchant.
     *
     * @param blockedReason the operator's reason for blocking the shop, else for blocking its merchant, else null
     */
    public record AdministeredShop(Shop shop, @Nullable String blockedReason) {
    }

    /** The shop's own block reason, else its merchant's while the merchant is blocked. */
    private static final String BLOCKED_REASON = """
            coalesce(blocked_reason, (select m.blocked_reason from merchant m where m.id = shop.merchant_id
                and m.status = 'BLOCKED')) as blocked_reason""";

    private final JdbcClient jdbc;
    private final ShopChanges changes;

    ShopAdministration(JdbcClient jdbc, ShopChanges changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    public List<AdministeredShop> shopsOf(UUID merchantId) {
        return jdbc.sql("select " + Shops.COLUMNS + ", " + BLOCKED_REASON + " from shop where merchant_id = ? "
                        + "order by created_at desc, name")
                .param(merchantId)
                .query((rs, row) -> new AdministeredShop(Shops.map(rs, row), rs.getString("blocked_reason"))).list();
    }

    public Optional<AdministeredShop> find(UUID serviceId) {
        return jdbc.sql("select " + Shops.COLUMNS + ", " + BLOCKED_REASON + " from shop where service_id = ?")
                .param(serviceId)
                .query((rs, row) -> new AdministeredShop(Shops.map(rs, row), rs.getString("blocked_reason")))
                .optional();
    }

    /** A pending shop starts taking payments; false when it is not pending. */
    @Transactional
    public boolean activate(UUID serviceId) {
        return change(serviceId, ShopStatus.PENDING, ShopStatus.ACTIVE, null);
    }

    /** A pending or active shop stops taking payments, for {@code reason}; false when it is blocked already. */
    @Transactional
    public boolean block(UUID serviceId, String reason) {
        return change(serviceId, ShopStatus.ACTIVE, ShopStatus.BLOCKED, reason)
                || change(serviceId, ShopStatus.PENDING, ShopStatus.BLOCKED, reason);
    }

    @Transactional
    public boolean unblock(UUID serviceId) {
        return change(serviceId, ShopStatus.BLOCKED, ShopStatus.ACTIVE, null);
    }

    private boolean change(UUID serviceId, ShopStatus from, ShopStatus to, @Nullable String reason) {
        boolean changed = jdbc.sql("update shop set status = ?, blocked_reason = ?, modified_at = now() "
                        + "where service_id = ? and status = ?")
                .params(to.name(), reason, serviceId, from.name()).update() == 1;
        if (changed) {
            changes.record(serviceId, "status", from, to, null);
        }
        return changed;
    }
}
