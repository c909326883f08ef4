package pl.bramka.security;

import org.jspecify.annotations.Nullable;
import pl.bramka.user.Permission;

/**
 * What a route requires: nothing, a signed-in user, or one permission of the roles matrix. Two kinds of route live
 * outside the panel's session: the REST API, which checks its bearer token itself and answers 401 without one, and
 * payer pages, which anyone with the payment's address may use. Neither takes the panel's CSRF token, because
 * shops' servers and other sites' forms post to them.
 */
public record Access(Kind kind, @Nullable Permission permission) {

    public enum Kind { PUBLIC, SIGNED_IN, PERMISSION, API, PAYER }

    static Access open() {
        return new Access(Kind.PUBLIC, null);
    }

    static Access api() {
        return new Access(Kind.API, null);
    }

    static Access payer() {
        return new Access(Kind.PAYER, null);
    }

    static Access signedIn() {
        return new Access(Kind.SIGNED_IN, null);
    }

    static Access requires(Permission permission) {
        return new Access(Kind.PERMISSION, permission);
    }
}
