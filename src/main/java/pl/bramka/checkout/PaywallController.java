package pl.bramka.checkout;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.ModelAndView;
import pl.bramka.payment.PayerUrls;
import pl.bramka.shared.PageLanguage;
import pl.bramka.shared.Redirects;

/**
 * The paywall: the signed form a shop posts (or sends as a GET redirect, as some clients do) to {@code /payment} or
 * {@code /{lang}/payment}. An accepted form opens a payment and sends the payer to its page with a 303, so the page
 * is a GET that survives reloading and going back. A refused one gets a 400 page that names each broken rule and its
 * field, so the shop's developer can fix the integration; it never shows the expected signature.
 */
@Controller
class PaywallController {

    private final PaywallIntake intake;

    PaywallController(PaywallIntake intake) {
        this.intake = intake;
    }

    @RequestMapping(path = {"/payment", "/{lang}/payment"}, method = {RequestMethod.GET, RequestMethod.POST})
    ModelAndView paywall(@PathVariable(required = false) @Nullable String lang, HttpServletRequest request) {
        if (lang != null && !PaywallRequestValidator.knowsLanguage(lang)) {
            return PayerPages.notFound(request);
        }
        PaywallIntake.Result result = intake.open(request.getParameterMap(), lang);
        if (result instanceof PaywallIntake.Opened opened) {
            return Redirects.seeOther(PayerUrls.paymentPage(opened.payment().id()));
        }
        PageLanguage.proposeForPayer(request, formLanguage(request.getParameter("lang"), lang));
        ModelAndView page = new ModelAndView("checkout/paywall-error", HttpStatus.BAD_REQUEST);
        page.addObject("problems", ((PaywallIntake.Refused) result).problems());
        return page;
    }

    /** The language the shop asked for, in the form or in the address; null to follow the browser. */
    private static @Nullable String formLanguage(@Nullable String field, @Nullable String path) {
        if (field != null && PaywallRequestValidator.knowsLanguage(field)) {
            return field;
        }
        return path;
    }
}
