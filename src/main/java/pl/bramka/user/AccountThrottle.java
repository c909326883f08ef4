package pl.bramka.user;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Limits on trying passwords and on asking for reset links, per account (e-mail) and per client address, the same on
 * every node. The security module's sign-in throttle implements it. Password checks outside the sign-in page count
 * against the sign-in's own keys, so a stolen session cannot guess faster than the sign-in page allows.
 */
public interface AccountThrottle {

    /** Failures of one key within the window that lock it. */
    int MAX_FAILURES = 5;

    /**
     * What is limited: guesses at a password share one count; requests for a reset link have their own, and so do
     * two-factor codes (a right password must not clear the count of wrong codes).
     */
    enum Kind { PASSWORD, RESET_REQUEST, SECOND_FACTOR }

    /** The end of the lock in force on this account or address, if any. */
    Optional<Instant> lockedUntil(Kind kind, String email, String address);

    /**
     * Counts a failure; the {@value #MAX_FAILURES}th within the window locks the key. A reset request counts whatever
     * its outcome, which must not be told.
     */
    void recordFailure(Kind kind, String email, String address);

    /** Forgets the account's failed password guesses after the right password. */
    void recordSuccess(String email);

    /** Whole minutes left of a lock, at least one, as the messages say it. */
    static long minutesLeft(Instant lockedUntil, Instant now) {
        return Math.max(1, (Duration.between(now, lockedUntil).toSeconds() + 59) / 60);
    }
}
