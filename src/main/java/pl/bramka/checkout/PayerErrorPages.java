package pl.bramka.checkout;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.DefaultErrorViewResolver;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import pl.bramka.shared.PageLanguage;

/**
 * Errors on the paywall and payer pages (an unknown address under {@code /pay/}, a failure) are shown in the
 * payer's frame, without the panel's header and its sign-in link; every other address keeps the panel's error pages
 * ({@code error/404.html} and the like).
 */
@Component
class PayerErrorPages implements ErrorViewResolver, Ordered {

    private final ErrorViewResolver panelPages;

    PayerErrorPages(ApplicationContext context, WebProperties web) {
        // Spring Boot makes its own resolver only when the application declares none, as this class does.
        this.panelPages = new DefaultErrorViewResolver(context, web.getResources());
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!(uri instanceof String path) || !isPayerPath(path)) {
            return panelPages.resolveErrorView(request, status, model);
        }
        PageLanguage.propose(request, PageLanguage.browser(request));
        ModelAndView page = new ModelAndView("checkout/error", status);
        page.addObject("errorKey", status == HttpStatus.NOT_FOUND ? "notFound" : "generic");
        return page;
    }

    static boolean isPayerPath(String path) {
        return path.equals("/payment") || path.startsWith("/pay/") || path.matches("/[^/]+/payment");
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
