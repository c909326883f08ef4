package pl.bramka.security;

import java.time.Clock;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import pl.bramka.user.SignedInUser;
import pl.bramka.user.TwoFactor;
import pl.bramka.user.TwoFactorEnrolmentGate;
import pl.bramka.user.UserManagement;

/**
 * What every finished sign-in does, with the password alone or after the code: remember when, switch the panel to
 * the user's language, record the session's device and address, and send a user who must enrol in two-factor
 * sign-in (the merchant requires it) to enrolment before anything else.
 */
@Component
class SignInCompletion {

    private final UserManagement users;
    private final TwoFactor twoFactor;
    private final LocaleResolver localeResolver;
    private final Clock clock;

    SignInCompletion(UserManagement users, TwoFactor twoFactor, LocaleResolver localeResolver, Clock clock) {
        this.users = users;
        this.twoFactor = twoFactor;
        this.localeResolver = localeResolver;
        this.clock = clock;
    }

    void complete(SignedInUser user, HttpServletRequest request, HttpServletResponse response) {
        users.recordSignIn(user.id());
        localeResolver.setLocale(request, response, Locale.forLanguageTag(user.language()));
        SessionDetails.record(request, clock.instant());
        if (!twoFactor.enabled(user.id()) && twoFactor.requiredFor(user.merchantId())) {
            request.getSession().setAttribute(TwoFactorEnrolmentGate.REQUIRED, Boolean.TRUE);
        }
    }
}
