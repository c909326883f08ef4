package pl.bramka.user;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A user's open sessions, for the profile to list and end. The security module, which owns sessions, implements it.
 */
public interface UserSessions {

    /**
     * One open session: {@code handle} names it on the page without revealing its id (which would let whoever reads
     * the page use it).
     */
    record ActiveSession(String handle, String device, String address, Instant signedInAt, Instant lastSeen,
            boolean current) {
    }

    /** The user's sessions, the current one first, then the most recently seen. */
    List<ActiveSession> of(UUID userId, String currentSessionId);

    /** Ends one of the user's other sessions; nothing when the handle names none (or the current one). */
    Optional<ActiveSession> signOut(UUID userId, String handle, String currentSessionId);

    /** Ends every session of the user except the current one; how many ended. */
    int signOutOthers(UUID userId, String currentSessionId);
}
