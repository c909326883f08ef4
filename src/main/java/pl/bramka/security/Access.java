package pl.bramka.security;

import java.util.List;

import pl.bramka.user.Permission;
import pl.bramka.user.Role;

/**
 * What a route requires: nothing, a signed-in user, or permissions of the roles matrix (all of them). Two kinds of
 * route live outside the panel's session: the REST API, which checks its bearer token itself and answers 401 without
 * one, and payer pages, which anyone with the payment's address may use. Neither takes the panel's CSRF token,
 * because shops' servers and other sites' forms post to them.
 */
public record Access(Kind kind, List<Permission> permissions) {

    public enum Kind { PUBLIC, SIGNED_IN, PERMISSION, API, PAYER, OPERATOR, MANAGEMENT }

    static Access open() {
        return new Access(Kind.PUBLIC, List.of());
    }

    static Access api() {
        return new Access(Kind.API, List.of());
    }

    static Access payer() {
        return new Access(Kind.PAYER, List.of());
    }

    /** The operator console: its own filter chain (module {@code operator}) signs operators in and serves it. */
    static Access operator() {
        return new Access(Kind.OPERATOR, List.of());
    }

    /** The actuator beyond its health probes: its own filter chain lets in only the allowed networks. */
    static Access management() {
        return new Access(Kind.MANAGEMENT, List.of());
    }

    static Access signedIn() {
        return new Access(Kind.SIGNED_IN, List.of());
    }

    static Access requires(Permission... all) {
        return new Access(Kind.PERMISSION, List.of(all));
    }

    /** Whether a signed-in user of this role passes; the route's own checks (its merchant's data) come on top. */
    public boolean grants(Role role) {
        return permissions.stream().allMatch(role::grants);
    }
}
