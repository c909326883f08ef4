package pl.bramka.shop;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Shops' methods and commissions, listed in catalogue order. */
@Repository
class ShopPaymentMethods {

    private record Row(UUID serviceId, String shopName, String code, boolean enabled, int percentBp) {
    }

    private final JdbcClient jdbc;

    ShopPaymentMethods(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ShopPaymentMethod> forShop(UUID merchantId, UUID serviceId) {
        return assemble(jdbc.sql("""
                select m.service_id, s.name as shop_name, m.method_code as code, m.enabled, m.percent_bp
                from shop_payment_method m join shop s on s.service_id = m.service_id
                where s.merchant_id = ? and m.service_id = ?""").params(merchantId, serviceId).query(Row.class).list(),
                fees(merchantId));
    }

    Optional<ShopPaymentMethod> find(UUID merchantId, UUID serviceId, String code) {
        return forShop(merchantId, serviceId).stream().filter(m -> m.definition().code().equals(code)).findFirst();
    }

    /** The enabled methods of all the merchant's shops, by shop name, then catalogue order. */
    List<ShopPaymentMethod> enabledForMerchant(UUID merchantId) {
        return assemble(jdbc.sql("""
                select m.service_id, s.name as shop_name, m.method_code as code, m.enabled, m.percent_bp
                from shop_payment_method m join shop s on s.service_id = m.service_id
                where s.merchant_id = ? and m.enabled""").param(merchantId).query(Row.class).list(),
                fees(merchantId)).stream()
                .sorted(Comparator.comparing(ShopPaymentMethod::shopName)).toList();
    }

    void setEnabled(UUID serviceId, String code, boolean enabled) {
        jdbc.sql("update shop_payment_method set enabled = ? where service_id = ? and method_code = ?")
                .params(enabled, serviceId, code).update();
    }

    private List<ShopPaymentMethod> assemble(List<Row> rows, Map<UUID, Map<String, Map<String, Long>>> fees) {
        Map<String, Integer> order = new HashMap<>();
        List<PaymentMethodDefinition> catalogue = PaymentMethodCatalogue.all();
        for (int i = 0; i < catalogue.size(); i++) {
            order.put(catalogue.get(i).code(), i);
        }
        List<ShopPaymentMethod> methods = new ArrayList<>();
        for (Row row : rows) {
            PaymentMethodCatalogue.byCode(row.code()).ifPresent(definition -> methods.add(new ShopPaymentMethod(
                    row.serviceId(), row.shopName(), definition, row.enabled(), row.percentBp(),
                    fees.getOrDefault(row.serviceId(), Map.of()).getOrDefault(row.code(), Map.of()))));
        }
        methods.sort(Comparator.comparing(m -> order.get(m.definition().code())));
        return methods;
    }

    /** Fixed fees of the merchant's shops: shop → method → currency → fee in minor units. */
    private Map<UUID, Map<String, Map<String, Long>>> fees(UUID merchantId) {
        Map<UUID, Map<String, Map<String, Long>>> fees = new HashMap<>();
        jdbc.sql("""
                select f.service_id, f.method_code, f.currency, f.fixed_fee_minor
                from shop_payment_method_fee f join shop s on s.service_id = f.service_id
                where s.merchant_id = ?""").param(merchantId)
                .query(rs -> {
                    fees.computeIfAbsent(rs.getObject("service_id", UUID.class), id -> new HashMap<>())
                            .computeIfAbsent(rs.getString("method_code"), code -> new TreeMap<>())
                            .put(rs.getString("currency"), rs.getLong("fixed_fee_minor"));
                });
        return fees;
    }
}
