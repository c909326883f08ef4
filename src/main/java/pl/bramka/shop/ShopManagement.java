package pl.bramka.shop;

import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating shops: the shop row and its payment methods copied from the commission table. */
@Service
public class ShopManagement {

    private final Shops shops;
    private final ShopSettings settings;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    ShopManagement(Shops shops, ShopSettings settings, JdbcClient jdbc, ApplicationEventPublisher events) {
        this.shops = shops;
        this.settings = settings;
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional
    public UUID register(UUID merchantId, String name, String website) {
        UUID serviceId = UUID.randomUUID();
        shops.insert(serviceId, merchantId, name, website, settings.autoActivate() ? ShopStatus.ACTIVE
                : ShopStatus.PENDING);
        copyDefaultMethods(serviceId);
        events.publishEvent(new ShopRegistered(serviceId, merchantId));
        return serviceId;
    }

    /** The demo merchant's shop: active and with bank data, whatever the auto-activation setting. */
    @Transactional
    public UUID registerDemoShop(UUID merchantId) {
        UUID serviceId = UUID.randomUUID();
        shops.insert(serviceId, merchantId, "Demo Sklep", "https://sklep.example.com", ShopStatus.ACTIVE);
        shops.updateData(serviceId, "Demo Sklep", "https://sklep.example.com", "PL61109010140000071219812874",
                "5999", null);
        copyDefaultMethods(serviceId);
        events.publishEvent(new ShopRegistered(serviceId, merchantId));
        return serviceId;
    }

    private void copyDefaultMethods(UUID serviceId) {
        jdbc.sql("insert into shop_payment_method (service_id, method_code, enabled, percent_bp) "
                + "select ?, method_code, true, percent_bp from commission_default").param(serviceId).update();
        jdbc.sql("insert into shop_payment_method_fee (service_id, method_code, currency, fixed_fee_minor) "
                + "select ?, method_code, currency, fixed_fee_minor from commission_default_fee")
                .param(serviceId).update();
    }
}
