package pl.bramka.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import pl.bramka.shared.EmailAddress;
import pl.bramka.user.AccountThrottle;

/**
 * Counts failed sign-ins (and the other limited attempts of {@link AccountThrottle}) per account (e-mail) and per
 * client address. The fifth failure within the window locks that key for the lock time; while locked, even the
 * right password is refused. State lives in the database, so every node of a cluster sees the same locks.
 */
@Component
class SignInThrottle implements AccountThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;

    SignInThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The end of the longest lock on this account or address, if any is in force. */
    @Override
    public Optional<Instant> lockedUntil(Kind kind, String email, String address) {
        return jdbc.sql("select max(locked_until) from sign_in_lock where throttle_key in (?, ?) and locked_until > ?")
                .params(accountKey(kind, email), addressKey(kind, address), Timestamp.from(clock.instant()))
                .query((rs, row) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
                .single();
    }

    /** Records a failure in its own transaction, so it stays even though the attempt itself fails. */
    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(Kind kind, String email, String address) {
        Instant now = clock.instant();
        for (String key : List.of(accountKey(kind, email), addressKey(kind, address))) {
            jdbc.sql("insert into sign_in_failure (throttle_key, failed_at) values (?, ?)")
                    .params(key, Timestamp.from(now)).update();
            int recent = jdbc.sql("select count(*) from sign_in_failure where throttle_key = ? and failed_at > ?")
                    .params(key, Timestamp.from(now.minus(WINDOW))).query(Integer.class).single();
            if (recent >= MAX_FAILURES) {
                lock(key, now.plus(LOCK));
            }
        }
    }

    @Override
    @Transactional
    public void recordSuccess(String email) {
        jdbc.sql("delete from sign_in_failure where throttle_key = ?").param(accountKey(Kind.PASSWORD, email))
                .update();
    }

    private void lock(String key, Instant until) {
        jdbc.sql("""
                insert into sign_in_lock (throttle_key, locked_until) values (?, ?)
                on conflict (throttle_key) do update set locked_until = excluded.locked_until""")
                .params(key, Timestamp.from(until)).update();
        jdbc.sql("delete from sign_in_failure where throttle_key = ?").param(key).update();
    }

    /** Password guesses keep the keys sign-in has always had; reset requests and codes count apart from them. */
    private static String prefix(Kind kind) {
        return switch (kind) {
            case PASSWORD -> "";
            case RESET_REQUEST -> "reset-";
            case SECOND_FACTOR -> "code-";
        };
    }

    private static String accountKey(Kind kind, String email) {
        String normalized = email.trim().toLowerCase(Locale.ROOT);
        return prefix(kind) + "account:"
                + normalized.substring(0, Math.min(normalized.length(), EmailAddress.MAX_LENGTH));
    }

    private static String addressKey(Kind kind, String address) {
        return prefix(kind) + "address:" + address;
    }
}
