package pl.bramka.panel;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Lets {@code ?lang=} switch only to a language the panel is translated into. */
class SupportedLanguagesOnly implements HandlerInterceptor {

    static final Set<String> LANGUAGES = Set.of("pl", "en");

    private final LocaleChangeInterceptor delegate;

    SupportedLanguagesOnly(LocaleChangeInterceptor delegate) {
        this.delegate = delegate;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws jakarta.servlet.ServletException {
        String requested = request.getParameter(delegate.getParamName());
        return requested == null || !LANGUAGES.contains(requested) || delegate.preHandle(request, response, handler);
    }
}
