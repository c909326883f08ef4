package pl.bramka.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies the rate limits of {@link RateLimitSettings} before any security chain or controller: sign-in, password
 * reset, the two-factor code, the contact form (per client address), and the integration API (per token and per
 * address). A refused request is answered 429 with {@code Retry-After} in seconds: the API in imoje's error body,
 * the panel with its error page. The client address is the one Tomcat settled on ({@link TrustedProxies}).
 */
class RateLimits extends OncePerRequestFilter {

    /** imoje's error body for HTTP 429, as the API's other errors (pl.bramka.api.ApiErrors). */
    static final String API_CODE = "REQUEST-ERROR-000429";

    private static final Pattern BEARER = Pattern.compile("(?i)Bearer +([\\x21-\\x7e]+) *");

    private record Limited(String name, RequestMatcher requests, RateLimit limit) {
    }

    private final RateLimiter limiter;
    private final BatchedRateLimiter apiLimiter;
    private final List<Limited> panelLimits;
    private final RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/v1/merchant/**");
    private final RateLimitSettings settings;

    RateLimits(RateLimiter limiter, BatchedRateLimiter apiLimiter, RateLimitSettings settings) {
        this.limiter = limiter;
        this.apiLimiter = apiLimiter;
        this.settings = settings;
        this.panelLimits = List.of(
                new Limited("sign-in", post("/login"), settings.signIn()),
                new Limited("sign-in", post("/operator/login"), settings.signIn()),
                new Limited("two-factor", post("/login/code"), settings.twoFactor()),
                new Limited("password-reset", post("/password/forgot"), settings.passwordReset()),
                new Limited("password-reset", post("/password/reset/{token}"), settings.passwordReset()),
                new Limited("contact", post("/contact"), settings.contact()));
    }

    private static RequestMatcher post(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, pattern);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = request.getRemoteAddr();
        if (api.matches(request)) {
            Optional<Duration> refused = token(request).flatMap(token -> apiLimiter.refusal(
                    "api-token:" + sha256(token), settings.apiPerToken()))
                    .or(() -> apiLimiter.refusal("api-address:" + address, settings.apiPerAddress()));
            if (refused.isPresent()) {
                refuseApi(response, refused.get());
                return;
            }
        }
        else {
            for (Limited limited : panelLimits) {
                if (limited.requests().matches(request)) {
                    Optional<Duration> refused = limiter.refusal(limited.name() + ":" + address, limited.limit());
                    if (refused.isPresent()) {
                        response.setHeader("Retry-After", seconds(refused.get()));
                        response.sendError(429);
                        return;
                    }
                    break;
                }
            }
        }
        chain.doFilter(request, response);
    }

    private static void refuseApi(HttpServletResponse response, Duration retryAfter) throws IOException {
        response.setStatus(429);
        response.setHeader("Retry-After", seconds(retryAfter));
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getOutputStream().write(("{\"apiErrorResponse\":{\"code\":\"" + API_CODE
                + "\",\"message\":\"Too many requests; retry after " + seconds(retryAfter)
                + " seconds.\",\"instance\":{},\"errors\":[]}}").getBytes(StandardCharsets.UTF_8));
    }

    private static String seconds(Duration duration) {
        return Long.toString((duration.toMillis() + 999) / 1000);
    }

    private static Optional<String> token(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null) {
            return Optional.empty();
        }
        Matcher bearer = BEARER.matcher(header);
        return bearer.matches() ? Optional.of(bearer.group(1)) : Optional.empty();
    }

    /** Tokens are counted under their hash, so the table holds none. */
    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        /** After the headers, before every security chain: a refused request costs no session or password check. */
        @Bean
        FilterRegistrationBean<RateLimits> rateLimits(RateLimiter limiter, BatchedRateLimiter apiLimiter,
                RateLimitSettings settings) {
            FilterRegistrationBean<RateLimits> registration = new FilterRegistrationBean<>(
                    new RateLimits(limiter, apiLimiter, settings));
            registration.addUrlPatterns("/*");
            registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 5);
            return registration;
        }

        /** The API's limits count on each node and reach the database once per share interval (BatchedRateLimiter). */
        @Bean
        BatchedRateLimiter apiRateLimiter(RateLimiter limiter, Clock clock, RateLimitSettings settings) {
            return new BatchedRateLimiter(limiter, clock, settings.apiShareInterval());
        }
    }
}
