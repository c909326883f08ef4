package pl.bramka.shared;

import java.util.Collections;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/**
 * The language a page proposes for a visitor who has not chosen one with the language switch (whose choice is kept in
 * a cookie). The panel proposes nothing and is Polish; payer pages follow the payment's language, else the browser's.
 * The application's locale resolver reads the proposal, so it must be made before anything on the page is rendered.
 */
public final class PageLanguage {

    public static final Locale POLISH = Locale.forLanguageTag("pl");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final String PROPOSED = PageLanguage.class.getName() + ".proposed";

    private PageLanguage() {
    }

    public static void propose(ServletRequest request, Locale locale) {
        request.setAttribute(PROPOSED, locale);
    }

    public static Optional<Locale> proposed(ServletRequest request) {
        return request.getAttribute(PROPOSED) instanceof Locale locale ? Optional.of(locale) : Optional.empty();
    }

    /**
     * For a payer: the payment's language when it has one (imoje's languages other than Polish read English, the
     * only other translation), else the browser's.
     */
    public static void proposeForPayer(HttpServletRequest request, @Nullable String paymentLanguage) {
        propose(request, paymentLanguage == null ? browser(request)
                : POLISH.getLanguage().equals(paymentLanguage) ? POLISH : ENGLISH);
    }

    /**
     * Polish or English, whichever the browser prefers (Accept-Language); a browser asking for neither gets English,
     * which a foreign payer more likely reads; no header at all gets Polish.
     */
    public static Locale browser(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return POLISH;
        }
        for (Locale wanted : Collections.list(request.getLocales())) {
            if (wanted.getLanguage().equals(POLISH.getLanguage())) {
                return POLISH;
            }
            if (wanted.getLanguage().equals(ENGLISH.getLanguage())) {
                return ENGLISH;
            }
        }
        return ENGLISH;
    }
}
