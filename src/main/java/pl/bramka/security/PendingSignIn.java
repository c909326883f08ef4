package pl.bramka.security;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * Kept in the session between the right password and the two-factor code; the session is not signed in meanwhile.
 */
record PendingSignIn(UUID userId, String email, Instant passwordCheckedAt) implements Serializable {

    static final String ATTRIBUTE = PendingSignIn.class.getName();

    @Serial
    private static final long serialVersionUID = 1L;
}
