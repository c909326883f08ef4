package pl.bramka.operator;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import pl.bramka.user.AccountThrottle;

/** Operator sign-in counts failed passwords against the same throttle as the panel's sign-in. */
class ThrottledOperatorSignIn implements AuthenticationProvider {

    private final AuthenticationProvider passwordCheck;
    private final AccountThrottle throttle;

    ThrottledOperatorSignIn(AuthenticationProvider passwordCheck, AccountThrottle throttle) {
        this.passwordCheck = passwordCheck;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String key = "operator:" + (attempt.getName() == null ? "" : attempt.getName());
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        if (throttle.lockedUntil(AccountThrottle.Kind.PASSWORD, key, address).isPresent()) {
            throw new LockedException("Too many failed sign-ins");
        }
        try {
            Authentication result = passwordCheck.authenticate(attempt);
            throttle.recordSuccess(key);
            return result;
        } catch (BadCredentialsException wrongPassword) {
            throttle.recordFailure(AccountThrottle.Kind.PASSWORD, key, address);
            throw wrongPassword;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
