package pl.bramka.security;

import static pl.bramka.security.Access.open;
import static pl.bramka.security.Access.requires;
import static pl.bramka.security.Access.signedIn;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import pl.bramka.user.Permission;

/**
 * Every route of the application and what it requires, in one table. The security filter chain is built from it
 * and denies anything not listed; {@code RouteAccessTests} fails for any registered route the table does not cover.
 * First match wins, so specific patterns come before general ones.
 */
public final class AccessPolicy {

    private static final Map<String, Access> ROUTES = new LinkedHashMap<>();

    static {
        // Sign-in and account recovery
        ROUTES.put("/login", open());
        ROUTES.put("/logout", open());
        ROUTES.put("/password/forgot", open());
        ROUTES.put("/password/reset/{token}", open());
        ROUTES.put("/invitation/{token}", open());
        // Demo-mode developer pages (the beans exist only in demo mode)
        ROUTES.put("/dev/mail", open());
        // Static resources, errors and health
        ROUTES.put("/webjars/**", open());
        ROUTES.put("/css/**", open());
        ROUTES.put("/js/**", open());
        ROUTES.put("/favicon.ico", open());
        ROUTES.put("/error", open());
        ROUTES.put("/actuator/health", open());
        // Panel
        ROUTES.put("/", signedIn());
        ROUTES.put("/profile/**", signedIn());
        ROUTES.put("/users/**", requires(Permission.MANAGE_USERS));
    }

    private static final PathPatternParser PARSER = PathPatternParser.defaultInstance;

    private AccessPolicy() {
    }

    /** The rules in order, as patterns Spring Security understands. */
    static Map<String, Access> rules() {
        return ROUTES;
    }

    /** What a concrete path requires; empty when no rule covers it (such a request is denied). */
    public static Optional<Access> accessFor(String path) {
        PathContainer container = PathContainer.parsePath(path);
        return ROUTES.entrySet().stream()
                .filter(rule -> pattern(rule.getKey()).matches(container))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    private static PathPattern pattern(String route) {
        return PARSER.parse(route);
    }
}
