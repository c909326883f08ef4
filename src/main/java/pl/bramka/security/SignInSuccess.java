package pl.bramka.security;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import pl.bramka.user.SignedInUser;
import pl.bramka.user.TwoFactor;

/**
 * After the right password: a user with two-factor sign-in is not signed in yet (the session forgets the
 * authentication and remembers only whom the code is for) and is asked for the code; anyone else is signed in and
 * goes where they were headed.
 */
class SignInSuccess extends SavedRequestAwareAuthenticationSuccessHandler {

    private final TwoFactor twoFactor;
    private final SignInCompletion completion;
    private final Clock clock;

    SignInSuccess(TwoFactor twoFactor, SignInCompletion completion, Clock clock) {
        this.twoFactor = twoFactor;
        this.completion = completion;
        this.clock = clock;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws ServletException, IOException {
        SignedInUser user = (SignedInUser) authentication.getPrincipal();
        if (twoFactor.enabled(user.id())) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession();
            session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            session.setAttribute(PendingSignIn.ATTRIBUTE, new PendingSignIn(user.id(), user.email(),
                    clock.instant()));
            getRedirectStrategy().sendRedirect(request, response, "/login/code");
            return;
        }
        completion.complete(user, request, response);
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
