package pl.bramka.shared;

import java.net.URI;
import java.net.URISyntaxException;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Absolute addresses of Bramka's own pages, for places that leave the browser: API responses, notifications,
 * e-mailed links. They never follow the request's Host header, which the client chooses: a forged one would put the
 * attacker's site into a password-reset link. {@code bramka.public-url} sets the base and is required outside demo
 * mode; demo mode without it uses this node's own port on localhost.
 */
@Component
public class PublicUrl {

    /**
     * The longest public address: a Sylius plugin stores {@code action.url} and {@code payment.url} (the address,
     * {@code /pay/} and a payment's UUID) in a 244-character column.
     */
    static final int MAX_LENGTH = 244 - "/pay/".length() - 36;

    private final @Nullable String configured;
    private final Environment environment;
    private volatile @Nullable String listening;

    PublicUrl(@Value("${bramka.public-url:}") @Nullable String configured, @Value("${bramka.demo:false}") boolean demo,
            Environment environment) {
        this.configured = configured == null || configured.isBlank() ? null : checked(configured.trim());
        this.environment = environment;
        if (this.configured == null && !demo) {
            throw new IllegalStateException("No public URL: set bramka.public-url (BRAMKA_PUBLIC_URL) to the address "
                    + "shops and users reach Bramka at, e.g. https://pay.example.com; e-mailed links and API answers "
                    + "are built from it");
        }
    }

    /** {@code path} (starting with "/") made absolute. */
    public String of(String path) {
        return base() + path;
    }

    private String base() {
        if (configured != null) {
            return configured;
        }
        String local = listening;
        if (local != null) {
            return local;
        }
        return "http://localhost:" + environment.getProperty("server.port", "8080");
    }

    /**
     * The port the server listens on, kept as it starts (with server.port=0 it is known only then, and a stopped and
     * started context may get another); looking it up in the environment walks every property source, too slow for
     * each API answer.
     */
    @EventListener
    void serverStarted(WebServerInitializedEvent started) {
        if (started.getApplicationContext().getServerNamespace() == null) {
            listening = "http://localhost:" + started.getWebServer().getPort();
        }
    }

    private static String checked(String url) {
        try {
            URI uri = new URI(url);
            boolean web = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
            if (!web || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null
                    || uri.getUserInfo() != null) {
                throw new URISyntaxException(url, "not an http(s) address without user, query or fragment");
            }
        }
        catch (URISyntaxException malformed) {
            throw new IllegalStateException("bramka.public-url must be an absolute http(s) address such as "
                    + "https://pay.example.com: " + malformed.getMessage());
        }
        String base = url.replaceAll("/+$", "");
        if (base.length() > MAX_LENGTH) {
            throw new IllegalStateException("bramka.public-url may be at most " + MAX_LENGTH + " characters long, "
                    + "so that payment page addresses in API answers (action.url, payment.url) stay within the 244 "
                    + "characters shop plugins store; it has " + base.length());
        }
        return base;
    }
}
