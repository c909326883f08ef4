package pl.bramka.security;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The browser-side protections of every response, whichever security filter chain (the panel's, the operator
 * console's) or none answers it: a Content-Security-Policy that runs no inline script, no framing except the
 * branding preview inside the panel, no referrer to other sites, no powerful browser features, and HSTS on
 * connections that came over TLS. It runs before every security chain, as a plain servlet filter, and sets the
 * headers before anything is written, so Spring Security's own header writers (which keep headers already set) add
 * nothing that contradicts them. A response that sets one of these headers itself (the shop logo's SVG has a
 * stricter policy of its own) replaces the filter's value instead of adding a second one.
 */
class SecurityHeaders extends OncePerRequestFilter {

    /** Nothing from other origins, no inline scripts, no inline styles, no plugins. */
    static final String POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'";

    /**
     * The only responses that may be shown in a frame, and only by the panel's own pages: the payment page preview
     * of the branding tab. Nothing can be posted from it.
     */
    private static final RequestMatcher FRAMED_BY_PANEL = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.GET, "/shops/{serviceId}/branding/preview");

    private static final RequestMatcher PAYER_PAGES = new OrRequestMatcher(
            AccessPolicy.patternsOf(Access.Kind.PAYER).stream()
                    .map(pattern -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(pattern))
                    .toList().toArray(RequestMatcher[]::new));

    /**
     * A payer's form may end in a redirect back to the shop's own address (urlSuccess, urlFailure), which browsers
     * check against form-action; nothing on a payer page comes from anyone but Bramka, so any web address may be
     * the end of a form.
     */
    private static final String PAYER_FORM_ACTION = "form-action 'self' https: http:";

    /** Features no page of Bramka uses; a script injected despite the policy gets none of them. */
    static final String PERMISSIONS = String.join(", ", List.of("camera=()", "microphone=()", "geolocation=()",
            "payment=()", "usb=()", "serial=()", "bluetooth=()", "hid=()", "midi=()", "magnetometer=()",
            "gyroscope=()", "accelerometer=()", "display-capture=()", "browsing-topics=()"));

    /** A year, the preload lists' minimum; a deployment behind TLS keeps TLS. */
    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean framed = FRAMED_BY_PANEL.matches(request);
        String policy = POLICY + (framed ? "; frame-ancestors 'self'; form-action 'none'"
                : PAYER_PAGES.matches(request) ? "; frame-ancestors 'none'; " + PAYER_FORM_ACTION
                : "; frame-ancestors 'none'; form-action 'self'");
        OwnHeadersWin headers = new OwnHeadersWin(response);
        headers.setDefault("Content-Security-Policy", policy);
        headers.setDefault("X-Frame-Options", framed ? "SAMEORIGIN" : "DENY");
        headers.setDefault("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.setDefault("Permissions-Policy", PERMISSIONS);
        headers.setDefault("Cross-Origin-Opener-Policy", "same-origin");
        headers.setDefault("X-Content-Type-Options", "nosniff");
        // isSecure() is true for TLS here, or at a trusted proxy that says so (pl.bramka.security.TrustedProxies)
        if (request.isSecure()) {
            headers.setDefault("Strict-Transport-Security", HSTS);
        }
        chain.doFilter(request, headers);
    }

    /** A later {@code addHeader} of a header set here replaces it, as the handler means its value for the response. */
    private static final class OwnHeadersWin extends HttpServletResponseWrapper {

        private final Set<String> defaults = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

        OwnHeadersWin(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            defaults.remove(name);
            super.setHeader(name, value);
        }

        /** Only this filter's own calls, before the chain runs. */
        void setDefault(String name, String value) {
            super.setHeader(name, value);
            defaults.add(name);
        }

        @Override
        public void addHeader(String name, String value) {
            if (defaults.remove(name)) {
                super.setHeader(name, value);
            }
            else {
                super.addHeader(name, value);
            }
        }
    }

    /** Error pages are rendered by a dispatch to /error, which may have reset the response: set them again. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        /** Before every security filter chain, so every chain's responses carry the headers. */
        @Bean
        FilterRegistrationBean<SecurityHeaders> securityHeaders() {
            FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(new SecurityHeaders());
            registration.addUrlPatterns("/*");
            registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
            return registration;
        }
    }
}
