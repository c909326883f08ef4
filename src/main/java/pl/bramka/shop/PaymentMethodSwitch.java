package pl.bramka.shop;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Switching a shop's method on or off, kept in the shop's history. */
@Service
class PaymentMethodSwitch {

    private final Shops shops;
    private final ShopPaymentMethods methods;
    private final ShopChanges changes;

    PaymentMethodSwitch(Shops shops, ShopPaymentMethods methods, ShopChanges changes) {
        this.shops = shops;
        this.methods = methods;
        this.changes = changes;
    }

    @Transactional
    void set(UUID merchantId, UUID serviceId, String code, boolean enabled, UUID actorId) {
        shops.lock(merchantId, serviceId);
        ShopPaymentMethod method = methods.find(merchantId, serviceId, code).orElseThrow(ShopNotFound::new);
        if (changes.record(serviceId, "method." + code, method.enabled() ? "enabled" : "disabled",
                enabled ? "enabled" : "disabled", actorId)) {
            methods.setEnabled(serviceId, code, enabled);
        }
    }
}
