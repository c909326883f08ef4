package pl.bramka.security;

import org.jspecify.annotations.Nullable;
import pl.bramka.user.Permission;

/** What a route requires: nothing, a signed-in user, or one permission of the roles matrix. */
public record Access(Kind kind, @Nullable Permission permission) {

    public enum Kind { PUBLIC, SIGNED_IN, PERMISSION }

    static Access open() {
        return new Access(Kind.PUBLIC, null);
    }

    static Access signedIn() {
        return new Access(Kind.SIGNED_IN, null);
    }

    static Access requires(Permission permission) {
        return new Access(Kind.PERMISSION, permission);
    }
}
