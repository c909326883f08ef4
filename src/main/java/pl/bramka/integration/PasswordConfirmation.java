package pl.bramka.integration;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import pl.bramka.user.UserManagement;

/**
 * Checks the password a signed-in user types again before a shop key is shown or replaced. Failures are counted
 * per user like failed sign-ins, so a hijacked session cannot use this form to guess the password.
 */
@Component
class PasswordConfirmation {

    enum Outcome { CONFIRMED, WRONG, TOO_MANY_ATTEMPTS }

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final UserManagement users;
    private final JdbcClient jdbc;
    private final Clock clock;

    PasswordConfirmation(UserManagement users, JdbcClient jdbc, Clock clock) {
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Outcome check(UUID userId, String password) {
        Instant now = clock.instant();
        int recentFailures = jdbc.sql("select count(*) from integration_password_failure "
                + "where user_id = ? and failed_at > ?")
                .params(userId, Timestamp.from(now.minus(WINDOW))).query(Integer.class).single();
        if (recentFailures >= MAX_FAILURES) {
            return Outcome.TOO_MANY_ATTEMPTS;
        }
        if (!users.passwordMatches(userId, password)) {
            jdbc.sql("insert into integration_password_failure (user_id, failed_at) values (?, ?)")
                    .params(userId, Timestamp.from(now)).update();
            return Outcome.WRONG;
        }
        jdbc.sql("delete from integration_password_failure where user_id = ?").param(userId).update();
        return Outcome.CONFIRMED;
    }
}
