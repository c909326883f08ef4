package pl.bramka.user;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import pl.bramka.user.AccountThrottle.Kind;

/**
 * The password typed again before a sensitive change that modules other than {@code integration} make (the shop's
 * IBAN, making someone a Representative); the integration tab has its own {@code PasswordConfirmation} with the same
 * rules. Wrong passwords count as failed sign-ins of the account and the address, so a hijacked session cannot guess
 * here faster than on the sign-in page.
 */
@Component
public class PasswordReconfirmation {

    private final UserManagement users;
    private final AccountThrottle throttle;
    private final Clock clock;

    PasswordReconfirmation(UserManagement users, AccountThrottle throttle, Clock clock) {
        this.users = users;
        this.throttle = throttle;
        this.clock = clock;
    }

    /**
     * Whether {@code password} is the user's; otherwise the form's {@code field} gets the error to show (required,
     * wrong, or locked for so many minutes), from the {@code validation.required} and {@code password.reconfirm.*}
     * messages.
     */
    public boolean confirm(SignedInUser user, String password, String address, Errors errors, String field) {
        if (password == null || password.isEmpty()) {
            errors.rejectValue(field, "validation.required");
            return false;
        }
        Optional<Instant> locked = throttle.lockedUntil(Kind.PASSWORD, user.email(), address);
        if (locked.isPresent()) {
            errors.rejectValue(field, "password.reconfirm.locked",
                    new Object[] {AccountThrottle.minutesLeft(locked.get(), clock.instant())}, null);
            return false;
        }
        if (!users.passwordMatches(user.id(), password)) {
            throttle.recordFailure(Kind.PASSWORD, user.email(), address);
            errors.rejectValue(field, "password.reconfirm.wrong");
            return false;
        }
        throttle.recordSuccess(user.email());
        return true;
    }
}
