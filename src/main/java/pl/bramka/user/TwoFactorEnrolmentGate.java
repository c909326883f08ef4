package pl.bramka.user;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Sends a user whose merchant requires two-factor sign-in, and who signed in without it, to enrolment before any
 * other panel page. Sign-in marks the session with {@link #REQUIRED}; confirming the enrolment removes the mark.
 */
public final class TwoFactorEnrolmentGate implements HandlerInterceptor {

    /** Session attribute: this session must enrol before it does anything else. */
    public static final String REQUIRED = TwoFactorEnrolmentGate.class.getName() + ".required";

    static final String ENROLMENT = "/profile/two-factor";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        HttpSession session = request.getSession(false);
        if (session == null || session.getAttribute(REQUIRED) == null) {
            return true;
        }
        response.sendRedirect(request.getContextPath() + ENROLMENT);
        return false;
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration implements WebMvcConfigurer {

        /** Every panel page but enrolment itself, sign-in and sign-out, the contact page, and static files. */
        @Override
        public void addInterceptors(InterceptorRegistry registry) {
            registry.addInterceptor(new TwoFactorEnrolmentGate()).addPathPatterns("/**").excludePathPatterns(
                    ENROLMENT, ENROLMENT + "/**", "/login/**", "/logout", "/contact/**", "/error", "/css/**",
                    "/js/**", "/webjars/**", "/favicon.ico", "/v1/**", "/payment", "/*/payment", "/pay/**",
                    "/dev/**");
        }
    }
}
