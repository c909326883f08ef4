package pl.bramka.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session {@code bramka.sessions.absolute-timeout} after its sign-in, however busy it has been (the idle
 * timeout ends quiet ones). The request then goes on without a session, so the panel asks to sign in again.
 */
class AbsoluteSessionTimeout extends OncePerRequestFilter {

    private final SessionSettings settings;
    private final Clock clock;

    AbsoluteSessionTimeout(SessionSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SessionDetails.SIGNED_IN_AT) instanceof Instant signedInAt
                && !clock.instant().isBefore(signedInAt.plus(settings.absoluteTimeout()))) {
            session.invalidate();
        }
        chain.doFilter(request, response);
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        /** After the session filter, before the security chains read the session's sign-in. */
        @Bean
        FilterRegistrationBean<AbsoluteSessionTimeout> absoluteSessionTimeout(SessionSettings settings,
                Clock clock) {
            FilterRegistrationBean<AbsoluteSessionTimeout> registration = new FilterRegistrationBean<>(
                    new AbsoluteSessionTimeout(settings, clock));
            registration.addUrlPatterns("/*");
            registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 3);
            return registration;
        }
    }
}
