package pl.bramka.shop;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating shops: the shop row, its first key and its payment methods copied from the commission table. */
@Service
public class ShopManagement {

    private final Shops shops;
    private final ShopKeys keys;
    private final ApiTokens tokens;
    private final ShopSettings settings;
    private final JdbcClient jdbc;

    ShopManagement(Shops shops, ShopKeys keys, ApiTokens tokens, ShopSettings settings, JdbcClient jdbc) {
        this.shops = shops;
        this.keys = keys;
        this.tokens = tokens;
        this.settings = settings;
        this.jdbc = jdbc;
    }

    @Transactional
    public UUID register(UUID merchantId, String name, String website) {
        UUID serviceId = UUID.randomUUID();
        shops.insert(serviceId, merchantId, name, website, settings.autoActivate() ? ShopStatus.ACTIVE
                : ShopStatus.PENDING);
        keys.create(serviceId);
        copyDefaultMethods(serviceId);
        return serviceId;
    }

    /** The demo merchant's shop: active, with bank data, and an API token for the README's curl examples. */
    @Transactional
    public DemoShop registerDemoShop(UUID merchantId, @Nullable UUID representativeId) {
        UUID serviceId = UUID.randomUUID();
        shops.insert(serviceId, merchantId, "Demo Sklep", "https://sklep.example.com", ShopStatus.ACTIVE);
        shops.updateData(serviceId, "Demo Sklep", "https://sklep.example.com", "PL61109010140000071219812874",
                "5999", null);
        String serviceKey = keys.create(serviceId);
        copyDefaultMethods(serviceId);
        String apiToken = tokens.create(serviceId, "Demo", representativeId);
        return new DemoShop(serviceId, serviceKey, apiToken);
    }

    private void copyDefaultMethods(UUID serviceId) {
        jdbc.sql("insert into shop_payment_method (service_id, method_code, enabled, percent_bp) "
                + "select ?, method_code, true, percent_bp from commission_default").param(serviceId).update();
        jdbc.sql("insert into shop_payment_method_fee (service_id, method_code, currency, fixed_fee_minor) "
                + "select ?, method_code, currency, fixed_fee_minor from commission_default_fee")
                .param(serviceId).update();
    }
}
