package pl.bramka.api;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every API request an id, sent back as {@code x-trace-id} (imoje's header, which its plugins log with
 * errors) and put in the log context as {@code traceId}, so a merchant's error report leads to the server's log
 * lines. Set before the request is handled, so errors and 401s carry it too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class TraceIdFilter extends OncePerRequestFilter {

    static final String HEADER = "x-trace-id";
    static final String LOG_KEY = "traceId";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ApiErrors.isApi(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String traceId = UUID.randomUUID().toString();
        response.setHeader(HEADER, traceId);
        MDC.put(LOG_KEY, traceId);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(LOG_KEY);
        }
    }
}
