package pl.bramka.security;

import java.time.Instant;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * What a session records about itself at sign-in, for the profile's list of sessions and the absolute timeout: the
 * browser (user agent), the client address, and when it was signed in.
 */
final class SessionDetails {

    static final String USER_AGENT = "bramka.session.userAgent";
    static final String ADDRESS = "bramka.session.address";
    static final String SIGNED_IN_AT = "bramka.session.signedInAt";

    private static final int MAX_USER_AGENT = 300;

    private SessionDetails() {
    }

    static void record(HttpServletRequest request, Instant now) {
        HttpSession session = request.getSession();
        String userAgent = request.getHeader("User-Agent");
        session.setAttribute(USER_AGENT, userAgent == null ? ""
                : userAgent.substring(0, Math.min(userAgent.length(), MAX_USER_AGENT)));
        session.setAttribute(ADDRESS, request.getRemoteAddr());
        session.setAttribute(SIGNED_IN_AT, now);
    }

    /** "Firefox on Windows": enough to recognise one's own devices, no fingerprinting. */
    static String device(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "?";
        }
        String agent = userAgent.toLowerCase(Locale.ROOT);
        String browser = agent.contains("edg/") ? "Edge" : agent.contains("opr/") ? "Opera"
                : agent.contains("firefox/") ? "Firefox" : agent.contains("chrome/") || agent.contains("chromium/")
                ? "Chrome" : agent.contains("safari/") ? "Safari" : agent.contains("curl/") ? "curl" : "?";
        String system = agent.contains("android") ? "Android" : agent.contains("iphone") || agent.contains("ipad")
                ? "iOS" : agent.contains("windows") ? "Windows" : agent.contains("mac os") ? "macOS"
                : agent.contains("linux") ? "Linux" : "?";
        return browser + " / " + system;
    }
}
