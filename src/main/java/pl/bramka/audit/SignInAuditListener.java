package pl.bramka.audit;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import pl.bramka.user.SignedInUser;
import pl.bramka.user.UserManagement;

/**
 * Sign-ins and failed sign-ins, from Spring Security's authentication events (the security module's authentication
 * manager publishes them). A failure is recorded in the chain of the merchant whose user owns the e-mail typed; one
 * for an address nobody has belongs to no merchant and is not recorded.
 */
@Component
class SignInAuditListener {

    private final AuditTrail trail;
    private final UserManagement users;

    SignInAuditListener(AuditTrail trail, UserManagement users) {
        this.trail = trail;
        this.users = users;
    }

    @EventListener
    void on(AuthenticationSuccessEvent success) {
        if (success.getAuthentication().getPrincipal() instanceof SignedInUser user) {
            trail.record(new AuditRecord(user.merchantId(), AuditKind.SIGN_IN, user.id(), user.email(), null, null,
                    null), addressOf(success.getAuthentication()));
        }
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent failure) {
        String email = failure.getAuthentication().getName();
        if (email == null || email.isBlank()) {
            return;
        }
        users.findForSignIn(email).ifPresent(user -> trail.record(new AuditRecord(user.merchantId(),
                AuditKind.SIGN_IN_FAILED, user.id(), user.email(), reasonOf(failure), null, null),
                addressOf(failure.getAuthentication())));
    }

    private static String reasonOf(AbstractAuthenticationFailureEvent failure) {
        if (failure instanceof AuthenticationFailureBadCredentialsEvent) {
            return "wrongPassword";
        }
        if (failure instanceof AuthenticationFailureDisabledEvent) {
            return "deactivated";
        }
        if (failure instanceof AuthenticationFailureLockedEvent) {
            return "locked";
        }
        return "refused";
    }

    private static @Nullable String addressOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
                : null;
    }
}
