package pl.bramka.branding;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The colours a shop changed from the defaults. A colour without a row is the default, so a reset deletes rows and
 * a shop that never chose a colour follows the defaults if they change.
 */
@Repository
class ShopBrandColors {

    private final JdbcClient jdbc;

    ShopBrandColors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    BrandColors of(UUID merchantId, UUID serviceId) {
        Map<BrandColor, HexColor> chosen = new EnumMap<>(BrandColor.class);
        jdbc.sql("""
                select c.color_key, c.value from shop_brand_color c join shop s on s.service_id = c.service_id
                where s.merchant_id = ? and c.service_id = ?""")
                .params(merchantId, serviceId)
                .query(rs -> {
                    chosen.put(BrandColor.valueOf(rs.getString("color_key").toUpperCase(Locale.ROOT)),
                            new HexColor(rs.getString("value")));
                });
        return new BrandColors(chosen);
    }

    void set(UUID serviceId, BrandColor color, HexColor value) {
        if (value.equals(color.defaultValue())) {
            jdbc.sql("delete from shop_brand_color where service_id = ? and color_key = ?")
                    .params(serviceId, color.key()).update();
            return;
        }
        jdbc.sql("""
                insert into shop_brand_color (service_id, color_key, value) values (?, ?, ?)
                on conflict (service_id, color_key) do update set value = excluded.value""")
                .params(serviceId, color.key(), value.value()).update();
    }
}
