package pl.bramka.shared;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Gives every request an id and writes one log line when it is answered. The id is a trusted proxy's
 * {@code X-Request-Id} (one of {@code bramka.trusted-proxies}, which Tomcat's RemoteIpValve marks as forwarded) or a
 * new one; it goes back as {@code X-Request-Id}, into the log context as {@code requestId} (every log line of the
 * request carries it) and onto error pages as the support code, so a user's report leads to the server's lines.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIds extends OncePerRequestFilter {

    public static final String HEADER = "X-Request-Id";
    /** The request attribute, and the variable error pages show as the support code. */
    public static final String ATTRIBUTE = "requestId";
    private static final String LOG_KEY = "requestId";
    /** Set by Tomcat's RemoteIpValve on requests that came through a trusted proxy. */
    private static final String FORWARDED_BY_TRUSTED_PROXY = "org.apache.tomcat.request.forwarded";
    private static final Pattern ACCEPTED_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final Logger log = LoggerFactory.getLogger(RequestIds.class);

    /** This request's id; the filter runs before anything else, so every handler and error page has one. */
    public static String of(HttpServletRequest request) {
        return String.valueOf(request.getAttribute(ATTRIBUTE));
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getDispatcherType() == DispatcherType.ERROR && request.getAttribute(ATTRIBUTE) != null) {
            // the error page of a request already logged under its id: the same id, no second line
            withLogContext(of(request), () -> chain.doFilter(request, response));
            return;
        }
        String requestId = idFor(request);
        request.setAttribute(ATTRIBUTE, requestId);
        response.setHeader(HEADER, requestId);
        long started = System.nanoTime();
        withLogContext(requestId, () -> {
            try {
                chain.doFilter(request, response);
            }
            finally {
                log.info("{} {} {} {}ms", request.getMethod(), routeOf(request), response.getStatus(),
                        (System.nanoTime() - started) / 1_000_000);
            }
        });
    }

    private static String idFor(HttpServletRequest request) {
        String forwarded = request.getHeader(HEADER);
        boolean trusted = Boolean.TRUE.equals(request.getAttribute(FORWARDED_BY_TRUSTED_PROXY));
        return trusted && forwarded != null && ACCEPTED_ID.matcher(forwarded).matches() ? forwarded
                : UUID.randomUUID().toString();
    }

    /** The route's pattern where one matched, so tokens in paths (password resets, invitations) never reach a log. */
    private static String routeOf(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return pattern != null ? pattern.toString() : "(no route)";
    }

    private static void withLogContext(String requestId, FilterStep step) throws ServletException, IOException {
        MDC.put(LOG_KEY, requestId);
        try {
            step.run();
        }
        finally {
            MDC.remove(LOG_KEY);
        }
    }

    @FunctionalInterface
    private interface FilterStep {
        void run() throws ServletException, IOException;
    }
}
