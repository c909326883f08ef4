package pl.bramka.integration;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import pl.bramka.user.SignedInUser;

/**
 * Asks {@link PasswordConfirmation} for the password of a form of the integration tab and puts its answer on the
 * form's password field (each form names its own, as the tab shows several).
 */
@Component
class ConfirmedByPassword {

    private final PasswordConfirmation passwords;

    ConfirmedByPassword(PasswordConfirmation passwords) {
        this.passwords = passwords;
    }

    boolean confirm(SignedInUser user, String password, String address, Errors errors, String field) {
        if (password == null || password.isEmpty()) {
            errors.rejectValue(field, "validation.required");
            return false;
        }
        PasswordConfirmation.Outcome outcome = passwords.check(user, password, address);
        if (outcome.locked()) {
            errors.rejectValue(field, "integration.password.tooManyAttempts",
                    new Object[] {outcome.lockedMinutes()}, null);
        } else if (!outcome.confirmed()) {
            errors.rejectValue(field, "integration.password.wrong");
        }
        return outcome.confirmed();
    }
}
