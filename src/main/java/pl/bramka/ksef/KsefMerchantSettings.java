package pl.bramka.ksef;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import pl.bramka.secret.SealedColumn;

/** The {@code ksef_settings} table: one row per merchant that ever saved its KSeF settings. */
@Repository
class KsefMerchantSettings {

    private final JdbcClient jdbc;

    KsefMerchantSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static SealedColumn tokenColumn(UUID merchantId) {
        return new SealedColumn("ksef_settings", "token_sealed", merchantId);
    }

    Optional<MerchantKsefSettings> find(UUID merchantId) {
        return jdbc.sql("""
                select merchant_id, enabled, environment, include_consumers, token_sealed, token_hint
                from ksef_settings where merchant_id = ?
                """).param(merchantId).query((rs, n) -> new MerchantKsefSettings(rs.getObject(1, UUID.class),
                rs.getBoolean(2), KsefEnvironment.valueOf(rs.getString(3)), rs.getBoolean(4), rs.getString(5),
                rs.getString(6))).optional();
    }

    /** Saves the choices, keeping the token. */
    void saveChoices(UUID merchantId, boolean enabled, KsefEnvironment environment, boolean includeConsumers,
            Instant now) {
        jdbc.sql("""
                insert into ksef_settings (merchant_id, enabled, environment, include_consumers, updated_at)
                values (?, ?, ?, ?, ?)
                on conflict (merchant_id) do update set enabled = excluded.enabled,
                    environment = excluded.environment, include_consumers = excluded.include_consumers,
                    updated_at = excluded.updated_at
                """).params(merchantId, enabled, environment.name(), includeConsumers, Timestamp.from(now)).update();
    }

    /** Saves a token, keeping the choices (sending off, TEST, companies only for a merchant without any yet). */
    void saveToken(UUID merchantId, String tokenSealed, String tokenHint, Instant now) {
        jdbc.sql("""
                insert into ksef_settings (merchant_id, enabled, environment, include_consumers, token_sealed,
                                           token_hint, updated_at)
                values (?, false, 'TEST', false, ?, ?, ?)
                on conflict (merchant_id) do update set token_sealed = excluded.token_sealed,
                    token_hint = excluded.token_hint, updated_at = excluded.updated_at
                """).params(merchantId, tokenSealed, tokenHint, Timestamp.from(now)).update();
    }

    /** A value sealed again under the current key when it was read (key rotation). */
    void resealToken(UUID merchantId, String tokenSealed) {
        jdbc.sql("update ksef_settings set token_sealed = ? where merchant_id = ?").params(tokenSealed, merchantId)
                .update();
    }
}
