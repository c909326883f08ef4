package pl.bramka.security;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import pl.bramka.user.SessionSignedOut;
import pl.bramka.user.SignedInUser;

/** Publishes {@link SessionSignedOut} when a user signs out, before the session and its details are gone. */
class SignOutEvents implements LogoutHandler {

    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignOutEvents(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response,
            @Nullable Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser user)) {
            return;
        }
        HttpSession session = request.getSession(false);
        String userAgent = session == null ? null : (String) session.getAttribute(SessionDetails.USER_AGENT);
        events.publishEvent(new SessionSignedOut(user.id(), user.merchantId(), 1, SessionDetails.device(userAgent),
                request.getRemoteAddr(), clock.instant()));
    }
}
