package pl.bramka.integration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import pl.bramka.secret.OpenedSecret;
import pl.bramka.secret.SealedColumn;
import pl.bramka.secret.SecretBox;
import pl.bramka.shared.Tokens;
import pl.bramka.shop.Shop;

/**
 * Shop keys: the secret a shop signs paywall forms with and verifies notifications with. Stored sealed; after a
 * rotation the previous key keeps verifying signatures for the overlap the user chose.
 */
@Repository
class ShopKeys {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final int KEY_LENGTH = 36;

    private final JdbcClient jdbc;
    private final SecretBox secrets;
    private final Clock clock;

    ShopKeys(JdbcClient jdbc, SecretBox secrets, Clock clock) {
        this.jdbc = jdbc;
        this.secrets = secrets;
        this.clock = clock;
    }

    /** Creates the shop's first key and returns it in plain text. */
    String create(UUID serviceId) {
        String key = generate();
        insert(serviceId, key, clock.instant());
        return key;
    }

    String current(UUID serviceId) {
        return jdbc.sql("select id, sealed_key from shop_key where service_id = ? and retired_at is null")
                .param(serviceId).query(this::open).single();
    }

    /** Keys that verify a signature now: the current one first, then rotated ones still inside their overlap. */
    List<String> verifying(UUID serviceId) {
        return jdbc.sql("""
                select id, sealed_key from shop_key
                where service_id = ? and (retired_at is null or verifies_until > ?)
                order by retired_at desc nulls first""")
                .params(serviceId, Timestamp.from(clock.instant())).query(this::open).list();
    }

    /** Replaces the current key; the old one verifies for {@code overlap} more. Returns the new key. */
    String rotate(UUID serviceId, Duration overlap) {
        Instant now = clock.instant();
        jdbc.sql("update shop_key set retired_at = ?, verifies_until = ? where service_id = ? and retired_at is null")
                .params(Timestamp.from(now), Timestamp.from(now.plus(overlap)), serviceId).update();
        String key = generate();
        insert(serviceId, key, now);
        return key;
    }

    /** The row id is taken first because the sealed key is bound to its row. */
    private void insert(UUID serviceId, String key, Instant now) {
        long id = jdbc.sql("select nextval(pg_get_serial_sequence('shop_key', 'id'))").query(Long.class).single();
        jdbc.sql("insert into shop_key (id, service_id, sealed_key, created_at) values (?, ?, ?, ?)")
                .params(id, serviceId, secrets.seal(key, column(id)), Timestamp.from(now)).update();
    }

    private String open(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        String sealed = rs.getString("sealed_key");
        OpenedSecret opened = secrets.open(sealed, column(id));
        opened.replacement().ifPresent(resealed -> jdbc.sql(
                "update shop_key set sealed_key = ? where id = ? and sealed_key = ?")
                .params(resealed, id, sealed).update());
        return opened.plaintext();
    }

    private static SealedColumn column(long id) {
        return new SealedColumn("shop_key", "sealed_key", id);
    }

    private static String generate() {
        return Tokens.random(ALPHABET, KEY_LENGTH);
    }
}
