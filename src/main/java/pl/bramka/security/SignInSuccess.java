package pl.bramka.security;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.LocaleResolver;
import pl.bramka.user.SignedInUser;
import pl.bramka.user.UserManagement;

/** After a good sign-in: remember when, switch the panel to the user's language, go where they were headed. */
class SignInSuccess extends SavedRequestAwareAuthenticationSuccessHandler {

    private final UserManagement users;
    private final LocaleResolver localeResolver;

    SignInSuccess(UserManagement users, LocaleResolver localeResolver) {
        this.users = users;
        this.localeResolver = localeResolver;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws ServletException, IOException {
        SignedInUser user = (SignedInUser) authentication.getPrincipal();
        users.recordSignIn(user.id());
        localeResolver.setLocale(request, response, Locale.forLanguageTag(user.language()));
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
