package pl.bramka.branding;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import pl.bramka.shop.Shop;

/** Shop logos, kept in the database beside the shop so every application node serves the same file. */
@Repository
class ShopLogos {

    private final JdbcClient jdbc;

    ShopLogos(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ShopLogo> find(UUID merchantId, UUID serviceId) {
        return jdbc.sql("""
                select l.content_type, l.content, l.sha256, l.uploaded_at
                from shop_logo l join shop s on s.service_id = l.service_id
                where s.merchant_id = ? and l.service_id = ?""")
                .params(merchantId, serviceId).query(ShopLogos::map).optional();
    }

    void save(UUID serviceId, LogoType type, byte[] content, String sha256, UUID uploadedBy) {
        jdbc.sql("""
                insert into shop_logo (service_id, content_type, content, sha256, uploaded_by) values (?, ?, ?, ?, ?)
                on conflict (service_id) do update set content_type = excluded.content_type,
                    content = excluded.content, sha256 = excluded.sha256, uploaded_by = excluded.uploaded_by,
                    uploaded_at = now()""")
                .params(serviceId, type.contentType(), content, sha256, uploadedBy).update();
    }

    void delete(UUID serviceId) {
        jdbc.sql("delete from shop_logo where service_id = ?").param(serviceId).update();
    }

    private static ShopLogo map(ResultSet rs, int row) throws SQLException {
        LogoType type = LogoType.ofContentType(rs.getString("content_type")).orElseThrow();
        return new ShopLogo(type, rs.getBytes("content"), rs.getString("sha256"),
                rs.getTimestamp("uploaded_at").toInstant());
    }
}
