package pl.bramka.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import pl.bramka.user.AccountThrottle.Kind;

/** Checks the throttle before the password, and feeds each outcome back to it. */
class ThrottledSignIn implements AuthenticationProvider {

    private final AuthenticationProvider passwordCheck;
    private final SignInThrottle throttle;

    ThrottledSignIn(AuthenticationProvider passwordCheck, SignInThrottle throttle) {
        this.passwordCheck = passwordCheck;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String email = attempt.getName() == null ? "" : attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        var lockedUntil = throttle.lockedUntil(Kind.PASSWORD, email, address);
        if (lockedUntil.isPresent()) {
            throw new SignInLocked(lockedUntil.get());
        }
        try {
            Authentication result = passwordCheck.authenticate(attempt);
            throttle.recordSuccess(email);
            return result;
        }
        catch (BadCredentialsException wrongPassword) {
            throttle.recordFailure(Kind.PASSWORD, email, address);
            throw wrongPassword;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
