package pl.bramka.shop;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A merchant's shops as the other tabs of a shop (integration data, branding) see them: every lookup is scoped by
 * the signed-in user's merchant, and a change locks the shop row and is written to the shop's history.
 */
@Service
public class MerchantShops {

    private final Shops shops;
    private final ShopChanges changes;

    MerchantShops(Shops shops, ShopChanges changes) {
        this.shops = shops;
        this.changes = changes;
    }

    /** @throws ShopNotFound when the shop is not this merchant's */
    public Shop get(UUID merchantId, UUID serviceId) {
        return shops.get(merchantId, serviceId);
    }

    /** Locks the shop row for a change, so concurrent changes record a consistent history. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Shop lockForChange(UUID merchantId, UUID serviceId) {
        return shops.lock(merchantId, serviceId);
    }

    /** Writes the change to the shop's history if the value really changed; returns whether it did. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean recordChange(UUID serviceId, String field, @Nullable Object oldValue, @Nullable Object newValue,
            @Nullable UUID changedBy) {
        return changes.record(serviceId, field, oldValue, newValue, changedBy);
    }
}
