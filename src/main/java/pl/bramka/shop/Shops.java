package pl.bramka.shop;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The shop table; every panel query is scoped by the signed-in user's merchant. */
@Repository
class Shops {

    static final String COLUMNS = "service_id, merchant_id, name, website, status, iban, mcc, "
            + "payment_activity_seconds, notification_url, created_at, modified_at";

    private final JdbcClient jdbc;

    Shops(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID serviceId, UUID merchantId, String name, String website, ShopStatus status) {
        jdbc.sql("insert into shop (service_id, merchant_id, name, website, status) values (?, ?, ?, ?, ?)")
                .params(serviceId, merchantId, name, website, status.name()).update();
    }

    List<Shop> listForMerchant(UUID merchantId) {
        return jdbc.sql("select " + COLUMNS + " from shop where merchant_id = ? order by created_at desc, name")
                .param(merchantId).query(Shops::map).list();
    }

    Shop get(UUID merchantId, UUID serviceId) {
        return find(merchantId, serviceId).orElseThrow(ShopNotFound::new);
    }

    Optional<Shop> find(UUID merchantId, UUID serviceId) {
        return jdbc.sql("select " + COLUMNS + " from shop where merchant_id = ? and service_id = ?")
                .params(merchantId, serviceId).query(Shops::map).optional();
    }

    /** Locks the shop row for an update of its data, so concurrent edits record a consistent history. */
    Shop lock(UUID merchantId, UUID serviceId) {
        return jdbc.sql("select " + COLUMNS + " from shop where merchant_id = ? and service_id = ? for update")
                .params(merchantId, serviceId).query(Shops::map).optional().orElseThrow(ShopNotFound::new);
    }

    void updateIban(UUID serviceId, String iban) {
        jdbc.sql("update shop set iban = ?, modified_at = now() where service_id = ?").params(iban, serviceId).update();
    }

    void updateData(UUID serviceId, String name, String website, String iban, String mcc,
            Integer paymentActivitySeconds) {
        jdbc.sql("update shop set name = ?, website = ?, iban = ?, mcc = ?, payment_activity_seconds = ?, "
                + "modified_at = now() where service_id = ?")
                .params(name, website, iban, mcc, paymentActivitySeconds, serviceId).update();
    }


    static Shop map(ResultSet rs, int row) throws SQLException {
        return new Shop(rs.getObject("service_id", UUID.class), rs.getObject("merchant_id", UUID.class),
                rs.getString("name"), rs.getString("website"), ShopStatus.valueOf(rs.getString("status")),
                rs.getString("iban"), rs.getString("mcc"), (Integer) rs.getObject("payment_activity_seconds"),
                rs.getString("notification_url"), instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("modified_at")));
    }

    private static java.time.Instant instant(Timestamp timestamp) {
        return timestamp.toInstant();
    }
}
