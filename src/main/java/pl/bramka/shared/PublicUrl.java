package pl.bramka.shared;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute addresses of Bramka's own pages, for places that leave the browser: API responses, notifications,
 * e-mailed links. {@code bramka.public-url} sets the base; without it the current request's address is used, and
 * work outside any request (a scheduled job) falls back to this node's own port on localhost. Set it in production,
 * so a forged Host header can never put someone else's address into a link.
 */
@Component
public class PublicUrl {

    private final @Nullable String configured;
    private final Environment environment;

    PublicUrl(@Value("${bramka.public-url:}") @Nullable String configured, Environment environment) {
        this.configured = configured == null || configured.isBlank() ? null : configured.replaceAll("/+$", "");
        this.environment = environment;
    }

    /** {@code path} (starting with "/") made absolute. */
    public String of(String path) {
        return base() + path;
    }

    private String base() {
        if (configured != null) {
            return configured;
        }
        if (RequestContextHolder.getRequestAttributes() != null) {
            return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        }
        return "http://localhost:" + environment.getProperty("local.server.port",
                environment.getProperty("server.port", "8080"));
    }
}
