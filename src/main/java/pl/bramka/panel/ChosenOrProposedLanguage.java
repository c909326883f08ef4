package pl.bramka.panel;

import java.util.Locale;
import java.util.TimeZone;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import pl.bramka.shared.PageLanguage;

/**
 * The visitor's choice (the language switch or the profile setting, kept in a cookie); without one, the language the
 * page proposes ({@link PageLanguage}: payer pages follow the payment or the browser), else Polish. The dispatcher
 * asks for the language before the page's controller has proposed one, so the answer is worked out each time it is
 * read rather than once.
 */
class ChosenOrProposedLanguage extends CookieLocaleResolver {

    ChosenOrProposedLanguage(String cookieName) {
        super(cookieName);
        // No cookie: no choice, which the methods below fill in with the proposal.
        setDefaultLocaleFunction(request -> null);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return chosenOrProposed(super.resolveLocale(request), request);
    }

    @Override
    public LocaleContext resolveLocaleContext(HttpServletRequest request) {
        LocaleContext chosen = super.resolveLocaleContext(request);
        return new TimeZoneAwareLocaleContext() {

            @Override
            public Locale getLocale() {
                return chosenOrProposed(chosen.getLocale(), request);
            }

            @Override
            public @Nullable TimeZone getTimeZone() {
                return chosen instanceof TimeZoneAwareLocaleContext zoned ? zoned.getTimeZone() : null;
            }
        };
    }

    private static Locale chosenOrProposed(@Nullable Locale chosen, HttpServletRequest request) {
        return chosen != null ? chosen : PageLanguage.proposed(request).orElse(PageLanguage.POLISH);
    }
}
