package pl.bramka.user;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import pl.bramka.shared.Tokens;

/**
 * One-time links. The raw token only ever exists in the e-mail; the table keeps its SHA-256, so a database leak
 * gives nobody a working link.
 */
@Repository
class AccountTokens {

    enum Purpose { PASSWORD_RESET, INVITATION }

    enum State { VALID, EXPIRED, USED, UNKNOWN }

    record Lookup(State state, Optional<UUID> userId) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    AccountTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    String issue(UUID userId, Purpose purpose, Duration validity) {
        jdbc.sql("update account_token set used_at = ? where user_id = ? and purpose = ? and used_at is null")
                .params(Timestamp.from(clock.instant()), userId, purpose.name()).update();
        String token = Tokens.randomUrlSafe(32);
        jdbc.sql("insert into account_token (token_hash, user_id, purpose, expires_at, created_at) "
                + "values (?, ?, ?, ?, ?)")
                .params(Tokens.sha256Hex(token), userId, purpose.name(), Timestamp.from(clock.instant().plus(validity)),
                        Timestamp.from(clock.instant()))
                .update();
        return token;
    }

    Lookup look(String token, Purpose purpose) {
        return jdbc.sql("select user_id, expires_at, used_at from account_token where token_hash = ? and purpose = ?")
                .params(Tokens.sha256Hex(token), purpose.name())
                .query((rs, row) -> {
                    UUID userId = rs.getObject("user_id", UUID.class);
                    if (rs.getTimestamp("used_at") != null) {
                        return new Lookup(State.USED, Optional.of(userId));
                    }
                    boolean expired = !rs.getTimestamp("expires_at").toInstant().isAfter(clock.instant());
                    return new Lookup(expired ? State.EXPIRED : State.VALID, Optional.of(userId));
                })
                .optional().orElse(new Lookup(State.UNKNOWN, Optional.empty()));
    }

    /** Marks the token used; false when another request used it first. */
    boolean consume(String token) {
        return jdbc.sql("update account_token set used_at = ? where token_hash = ? and used_at is null "
                + "and expires_at > ?")
                .params(Timestamp.from(clock.instant()), Tokens.sha256Hex(token), Timestamp.from(clock.instant()))
                .update() == 1;
    }
}
