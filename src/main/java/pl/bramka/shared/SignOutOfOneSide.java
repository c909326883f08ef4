package pl.bramka.shared;

import java.util.Collections;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.authentication.logout.LogoutHandler;

/**
 * Signs out of one side of a browser session that the panel and the operator console may share, each keeping its
 * signed-in person under its own session key: it removes only that side's key, and ends the whole session only when
 * nobody else is signed in in it. So an operator's sign-out leaves a merchant user signed in in the same browser,
 * and the other way round.
 */
public final class SignOutOfOneSide implements LogoutHandler {

    private final String contextKey;

    public SignOutOfOneSide(String contextKey) {
        this.contextKey = contextKey;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response,
            @Nullable Authentication authentication) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        session.removeAttribute(contextKey);
        boolean someoneElseSignedIn = Collections.list(session.getAttributeNames()).stream()
                .map(session::getAttribute)
                .anyMatch(value -> value instanceof SecurityContext context && context.getAuthentication() != null
                        && context.getAuthentication().isAuthenticated());
        if (!someoneElseSignedIn) {
            session.invalidate();
        }
    }
}
