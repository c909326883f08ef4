package pl.bramka.user;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import pl.bramka.user.AccountThrottle.Kind;

/**
 * The password typed again before a sensitive change (a shop key shown or replaced, a new API token, the
 * notification URL, the shop's IBAN, making someone a Representative), and, for a user with two-factor sign-in, a
 * code from their authenticator (or a recovery code) as well. Wrong passwords count as failed sign-ins of the account
 * and the address, wrong codes as failed sign-in codes, so a hijacked session cannot guess here faster than on the
 * sign-in page. Forms show the code field when the {@code confirmationCodeNeeded} model attribute says so (see
 * {@link AsksForSecondFactor}).
 */
@Component
public class PasswordReconfirmation {

    /**
     * The check's answer; {@code lockedMinutes} is how long a lock still lasts, in whole minutes; {@code wrongCode}
     * when the password was right but the code was not.
     */
    public record Outcome(boolean confirmed, long lockedMinutes, boolean wrongCode) {

        public boolean locked() {
            return lockedMinutes > 0;
        }
    }

    private final UserManagement users;
    private final TwoFactor twoFactor;
    private final AccountThrottle throttle;
    private final Clock clock;

    PasswordReconfirmation(UserManagement users, TwoFactor twoFactor, AccountThrottle throttle, Clock clock) {
        this.users = users;
        this.twoFactor = twoFactor;
        this.throttle = throttle;
        this.clock = clock;
    }

    /** Whether the form must ask for a code besides the password. */
    public boolean codeNeeded(SignedInUser user) {
        return twoFactor.enabled(user.id());
    }

    /**
     * Checks the typed password (and code, for a user with two-factor sign-in) and, when they do not confirm, puts
     * the reason on the form's {@code passwordField} (required, wrong, or locked for so many minutes) or
     * {@code codeField}, from the {@code validation.required}, {@code password.reconfirm.*} and
     * {@code confirmation.code.wrong} messages. An empty password costs no attempt.
     */
    public boolean confirm(SignedInUser user, String password, String code, String address, Errors errors,
            String passwordField, String codeField) {
        if (password == null || password.isEmpty()) {
            errors.rejectValue(passwordField, "validation.required");
            return false;
        }
        Outcome outcome = check(user, password, code, address);
        if (outcome.locked()) {
            errors.rejectValue(passwordField, "password.reconfirm.locked", new Object[] {outcome.lockedMinutes()},
                    null);
        }
        else if (outcome.wrongCode()) {
            errors.rejectValue(codeField, "confirmation.code.wrong");
        }
        else if (!outcome.confirmed()) {
            errors.rejectValue(passwordField, "password.reconfirm.wrong");
        }
        return outcome.confirmed();
    }

    /** {@code code} is ignored for a user without two-factor sign-in. */
    public Outcome check(SignedInUser user, String password, String code, String address) {
        Optional<Instant> locked = throttle.lockedUntil(Kind.PASSWORD, user.email(), address)
                .or(() -> throttle.lockedUntil(Kind.SECOND_FACTOR, user.email(), address));
        if (locked.isPresent()) {
            return new Outcome(false, AccountThrottle.minutesLeft(locked.get(), clock.instant()), false);
        }
        if (!users.passwordMatches(user.id(), password)) {
            throttle.recordFailure(Kind.PASSWORD, user.email(), address);
            return new Outcome(false, 0, false);
        }
        throttle.recordSuccess(user.email());
        if (codeNeeded(user) && twoFactor.check(user.id(), code) == TwoFactor.CodeCheck.REJECTED) {
            throttle.recordFailure(Kind.SECOND_FACTOR, user.email(), address);
            return new Outcome(false, 0, true);
        }
        return new Outcome(true, 0, false);
    }
}
