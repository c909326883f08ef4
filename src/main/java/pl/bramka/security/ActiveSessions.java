package pl.bramka.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import pl.bramka.user.UserSessions;

/** The user's sessions from Spring Session's table, found by the principal index (the user's id). */
@Component
class ActiveSessions implements UserSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    ActiveSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    @Override
    public List<ActiveSession> of(UUID userId, String currentSessionId) {
        return sessionsOf(userId).entrySet().stream()
                .map(entry -> view(entry.getKey(), entry.getValue(), currentSessionId))
                .sorted(Comparator.comparing(ActiveSession::current).reversed()
                        .thenComparing(ActiveSession::lastSeen, Comparator.reverseOrder()))
                .toList();
    }

    @Override
    public Optional<ActiveSession> signOut(UUID userId, String handle, String currentSessionId) {
        for (Map.Entry<String, ? extends Session> entry : sessionsOf(userId).entrySet()) {
            if (!entry.getKey().equals(currentSessionId) && handle(entry.getKey()).equals(handle)) {
                ActiveSession ended = view(entry.getKey(), entry.getValue(), currentSessionId);
                sessions.deleteById(entry.getKey());
                return Optional.of(ended);
            }
        }
        return Optional.empty();
    }

    @Override
    public int signOutOthers(UUID userId, String currentSessionId) {
        List<String> others = sessionsOf(userId).keySet().stream()
                .filter(id -> !Objects.equals(id, currentSessionId)).toList();
        others.forEach(sessions::deleteById);
        return others.size();
    }

    private Map<String, ? extends Session> sessionsOf(UUID userId) {
        return sessions.findByPrincipalName(userId.toString());
    }

    private static ActiveSession view(String id, Session session, String currentSessionId) {
        String userAgent = session.getAttribute(SessionDetails.USER_AGENT);
        String address = session.getAttribute(SessionDetails.ADDRESS);
        Instant signedInAt = session.getAttribute(SessionDetails.SIGNED_IN_AT);
        return new ActiveSession(handle(id), SessionDetails.device(userAgent), address == null ? "?" : address,
                signedInAt == null ? session.getCreationTime() : signedInAt, session.getLastAccessedTime(),
                id.equals(currentSessionId));
    }

    /** A session's name on the page: a hash of its id, which itself is a credential. */
    private static String handle(String sessionId) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(sessionId.getBytes(StandardCharsets.UTF_8)), 0, 12);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
