package pl.bramka.api;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import pl.bramka.shared.RequestIds;

/**
 * Sends every API request's id (the one {@link RequestIds} gave it, which its log lines carry) back as
 * {@code x-trace-id} too, imoje's header, which its plugins log with errors, so a merchant's error report leads to the
 * server's log lines. Set before the request is handled, so errors and 401s carry it too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class TraceIdFilter extends OncePerRequestFilter {

    static final String HEADER = "x-trace-id";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ApiErrors.isApi(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HEADER, RequestIds.of(request));
        chain.doFilter(request, response);
    }
}
