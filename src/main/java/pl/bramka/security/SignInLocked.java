package pl.bramka.security;

import java.time.Instant;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused because the account or the client address is locked after too many failures. */
class SignInLocked extends AuthenticationException {

    private final Instant until;

    SignInLocked(Instant until) {
        super("Too many failed sign-in attempts");
        this.until = until;
    }

    Instant until() {
        return until;
    }
}
