package pl.bramka.user;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of two-factor sign-in: seeds (sealed by the caller), recovery code hashes, merchants' rules. */
@Repository
class TwoFactorStore {

    /** A user's seed as stored; {@code confirmed} once the first code was typed. */
    record StoredSeed(String sealedSeed, boolean confirmed, long lastUsedStep) {
    }

    private final JdbcClient jdbc;

    TwoFactorStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredSeed> seedOf(UUID userId) {
        return jdbc.sql("select sealed_seed, confirmed_at, last_used_step from user_two_factor where user_id = ?")
                .param(userId).query((rs, row) -> new StoredSeed(rs.getString("sealed_seed"),
                        rs.getTimestamp("confirmed_at") != null, rs.getLong("last_used_step"))).optional();
    }

    /** A new unconfirmed seed, replacing an earlier unconfirmed one; a confirmed seed stays untouched. */
    boolean storePending(UUID userId, String sealedSeed, Instant now) {
        return jdbc.sql("""
                insert into user_two_factor (user_id, sealed_seed, created_at) values (?, ?, ?)
                on conflict (user_id) do update set sealed_seed = excluded.sealed_seed,
                    created_at = excluded.created_at, last_used_step = 0
                where user_two_factor.confirmed_at is null""")
                .params(userId, sealedSeed, Timestamp.from(now)).update() == 1;
    }

    void reseal(UUID userId, String sealedSeed) {
        jdbc.sql("update user_two_factor set sealed_seed = ? where user_id = ?").params(sealedSeed, userId).update();
    }

    boolean confirm(UUID userId, long step, Instant now) {
        return jdbc.sql("""
                update user_two_factor set confirmed_at = ?, last_used_step = ?
                where user_id = ? and confirmed_at is null and last_used_step < ?""")
                .params(Timestamp.from(now), step, userId, step).update() == 1;
    }

    /** Takes the step of an accepted code; false when that step, or a later one, was used already. */
    boolean useStep(UUID userId, long step) {
        return jdbc.sql("""
                update user_two_factor set last_used_step = ?
                where user_id = ? and confirmed_at is not null and last_used_step < ?""")
                .params(step, userId, step).update() == 1;
    }

    void delete(UUID userId) {
        jdbc.sql("delete from user_recovery_code where user_id = ?").param(userId).update();
        jdbc.sql("delete from user_two_factor where user_id = ?").param(userId).update();
    }

    void replaceRecoveryCodes(UUID userId, List<String> hashes) {
        jdbc.sql("delete from user_recovery_code where user_id = ?").param(userId).update();
        for (String hash : hashes) {
            jdbc.sql("insert into user_recovery_code (user_id, code_hash) values (?, ?)").params(userId, hash)
                    .update();
        }
    }

    boolean useRecoveryCode(UUID userId, String hash, Instant now) {
        return jdbc.sql("""
                update user_recovery_code set used_at = ?
                where user_id = ? and code_hash = ? and used_at is null""")
                .params(Timestamp.from(now), userId, hash).update() == 1;
    }

    int unusedRecoveryCodes(UUID userId) {
        return jdbc.sql("select count(*) from user_recovery_code where user_id = ? and used_at is null")
                .param(userId).query(Integer.class).single();
    }

    boolean requiredFor(UUID merchantId) {
        return jdbc.sql("select count(*) from merchant_two_factor_rule where merchant_id = ?").param(merchantId)
                .query(Integer.class).single() > 0;
    }

    void require(UUID merchantId, UUID by, Instant now) {
        jdbc.sql("""
                insert into merchant_two_factor_rule (merchant_id, required_by, required_at) values (?, ?, ?)
                on conflict (merchant_id) do nothing""").params(merchantId, by, Timestamp.from(now)).update();
    }

    void lift(UUID merchantId) {
        jdbc.sql("delete from merchant_two_factor_rule where merchant_id = ?").param(merchantId).update();
    }
}
