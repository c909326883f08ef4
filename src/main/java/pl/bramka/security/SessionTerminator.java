package pl.bramka.security;

import java.util.Objects;

import org.springframework.context.event.EventListener;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import pl.bramka.user.UserSessionsRevoked;

/**
 * Ends a user's sessions in the same transaction as the change that revoked them, so a deactivated user's next
 * request, on any node, finds no session.
 */
@Component
class SessionTerminator {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    SessionTerminator(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    @EventListener
    void on(UserSessionsRevoked revoked) {
        sessions.findByPrincipalName(revoked.userId().toString()).keySet().stream()
                .filter(id -> !Objects.equals(id, revoked.keptSessionId()))
                .forEach(sessions::deleteById);
    }
}
