package pl.bramka.user;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells the pages of {@link AsksForSecondFactor} controllers whether their confirmations show a code field. */
@ControllerAdvice(annotations = AsksForSecondFactor.class)
class SecondFactorFields {

    private final PasswordReconfirmation passwords;

    SecondFactorFields(PasswordReconfirmation passwords) {
        this.passwords = passwords;
    }

    @ModelAttribute("confirmationCodeNeeded")
    boolean confirmationCodeNeeded(@AuthenticationPrincipal SignedInUser user) {
        return user != null && passwords.codeNeeded(user);
    }
}
