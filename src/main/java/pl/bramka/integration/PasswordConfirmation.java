package pl.bramka.integration;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import pl.bramka.user.AccountThrottle;
import pl.bramka.user.AccountThrottle.Kind;
import pl.bramka.user.SignedInUser;
import pl.bramka.user.UserManagement;

/**
 * Checks the password a signed-in user types again before a shop key is shown or replaced. Wrong passwords count as
 * failed sign-ins of the account and the address, so a hijacked session cannot guess here faster than on the
 * sign-in page.
 */
@Component
class PasswordConfirmation {

    /** The check's answer; {@code lockedMinutes} is how long a lock still lasts, in whole minutes. */
    record Outcome(boolean confirmed, long lockedMinutes) {

        boolean locked() {
            return lockedMinutes > 0;
        }
    }

    private final UserManagement users;
    private final AccountThrottle throttle;
    private final Clock clock;

    PasswordConfirmation(UserManagement users, AccountThrottle throttle, Clock clock) {
        this.users = users;
        this.throttle = throttle;
        this.clock = clock;
    }

    /**
     * Checks the typed password and, when it does not confirm, says why on the form's {@code password} field.
     * An empty password costs no attempt.
     */
    boolean confirm(SignedInUser user, String password, String address, Errors errors) {
        if (password == null || password.isEmpty()) {
            errors.rejectValue("password", "validation.required");
            return false;
        }
        Outcome outcome = check(user, password, address);
        if (outcome.locked()) {
            errors.rejectValue("password", "integration.password.tooManyAttempts",
                    new Object[] {outcome.lockedMinutes()}, null);
        } else if (!outcome.confirmed()) {
            errors.rejectValue("password", "integration.password.wrong");
        }
        return outcome.confirmed();
    }

    Outcome check(SignedInUser user, String password, String address) {
        Optional<Instant> locked = throttle.lockedUntil(Kind.PASSWORD, user.email(), address);
        if (locked.isPresent()) {
            return new Outcome(false, AccountThrottle.minutesLeft(locked.get(), clock.instant()));
        }
        if (!users.passwordMatches(user.id(), password)) {
            throttle.recordFailure(Kind.PASSWORD, user.email(), address);
            return new Outcome(false, 0);
        }
        throttle.recordSuccess(user.email());
        return new Outcome(true, 0);
    }
}
