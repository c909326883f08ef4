package pl.bramka.shared;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute addresses of Bramka's own pages, for places that leave the browser: API responses, notifications,
 * e-mailed links. {@code bramka.public-url} sets the base; without it the current request's address is used. Set it
 * in production, so a forged Host header can never put someone else's address into a link.
 */
@Component
public class PublicUrl {

    private final @Nullable String configured;

    PublicUrl(@Value("${bramka.public-url:}") @Nullable String configured) {
        this.configured = configured == null || configured.isBlank() ? null : configured.replaceAll("/+$", "");
    }

    /** {@code path} (starting with "/") made absolute. */
    public String of(String path) {
        String base = configured != null ? configured
                : ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        return base + path;
    }
}
