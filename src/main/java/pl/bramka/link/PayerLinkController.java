package pl.bramka.link;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import pl.bramka.branding.PaymentPageBranding;
import pl.bramka.branding.PaymentPageBrandings;
import pl.bramka.payment.Payment;
import pl.bramka.payment.PayerUrls;
import pl.bramka.shared.Money;
import pl.bramka.shared.PageLanguage;
import pl.bramka.shared.Redirects;
import pl.bramka.shop.GatewayShop;

/**
 * The payer's page of a link ({@code /l/{code}}, public: the code is the payer's capability): the shop's look, what
 * is paid for, and for a reusable link the amount and details it asks for; then the payment page takes over. A link
 * that takes no more payments says why, in the payer's language.
 */
@Controller
@RequestMapping("/l/{code}")
class PayerLinkController {

    /** The shop's look for the payer pages' frame ({@code checkout/layout}). */
    record LinkPage(String shopName, @Nullable String logoUrl, String themeStylesheetUrl) {
    }

    private final PaymentLinks links;
    private final PaymentPageBrandings brandings;

    PayerLinkController(PaymentLinks links, PaymentPageBrandings brandings) {
        this.links = links;
        this.brandings = brandings;
    }

    @GetMapping
    ModelAndView show(@PathVariable String code, HttpServletRequest request) {
        PageLanguage.proposeForPayer(request, null);
        Optional<Link> link = links.byCode(code);
        if (link.isEmpty()) {
            return unknown();
        }
        LinkState state = links.stateOf(link.get());
        if (state != LinkState.ACTIVE) {
            return closed(link.get(), state, request);
        }
        if (link.get().kind() == LinkKind.REUSABLE && links.placesTaken(link.get())) {
            return placesTaken(link.get(), request);
        }
        return page(link.get(), new PayerDetails(), Map.of(), request);
    }

    @PostMapping
    ModelAndView pay(@PathVariable String code, PayerDetails details, HttpServletRequest request) {
        PageLanguage.proposeForPayer(request, null);
        Optional<Link> link = links.byCode(code);
        if (link.isEmpty()) {
            return unknown();
        }
        if (link.get().kind() != LinkKind.REUSABLE) {
            return Redirects.seeOther(LinkAddresses.pagePath(code));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<PayerDetails.Checked> checked = details.check(link.get(), errors);
        if (checked.isEmpty()) {
            LinkState state = links.stateOf(link.get());
            return state == LinkState.ACTIVE ? page(link.get(), details, errors, request)
                    : closed(link.get(), state, request);
        }
        Locale locale = RequestContextUtils.getLocale(request);
        try {
            Payment payment = links.openForPayer(link.get(), checked.get().amount(), checked.get().customer(),
                    checked.get().address(), PageLanguage.ENGLISH.getLanguage().equals(locale.getLanguage())
                            ? "en" : "pl");
            return Redirects.seeOther(PayerUrls.paymentPage(payment.id()));
        } catch (LinkUnavailable gone) {
            return closed(link.get(), gone.state(), request);
        } catch (LinkPlacesTaken full) {
            return placesTaken(link.get(), request);
        }
    }

    private ModelAndView page(Link link, PayerDetails typed, Map<String, String> errors, HttpServletRequest request) {
        ModelAndView page = frame("link/pay", link, request);
        if (link.kind().single()) {
            page.addObject("payUrl", PayerUrls.paymentPage(links.singlePayment(link).id()));
        }
        return page.addObject("typed", typed).addObject("errors", errors)
                .addObject("amountHint", link.payerEntersAmount() ? amountHint(link, request) : null);
    }

    private ModelAndView closed(Link link, LinkState state, HttpServletRequest request) {
        return frame("link/closed", link, request).addObject("state", state.wire());
    }

    /** Every place of the link's limit is held by a payment in progress: the payer may come back later. */
    private ModelAndView placesTaken(Link link, HttpServletRequest request) {
        return frame("link/closed", link, request).addObject("state", "taken");
    }

    private ModelAndView frame(String view, Link link, HttpServletRequest request) {
        Locale locale = RequestContextUtils.getLocale(request);
        GatewayShop shop = links.shopOf(link);
        PaymentPageBranding branding = brandings.forShop(link.merchantId(), link.serviceId());
        return new ModelAndView(view).addObject("page", new LinkPage(shop.name(), branding.logoUrl(),
                        branding.themeStylesheetUrl()))
                .addObject("link", link)
                .addObject("amount", link.fixedAmount() == null ? null : link.fixedAmount().format(locale))
                .addObject("languageSwitch", LinkAddresses.pagePath(link.code()));
    }

    private static String amountHint(Link link, HttpServletRequest request) {
        Locale locale = RequestContextUtils.getLocale(request);
        return new Money(link.amountMin(), link.currency()).format(locale) + " – "
                + new Money(link.amountMax(), link.currency()).format(locale);
    }

    private static ModelAndView unknown() {
        ModelAndView page = new ModelAndView("link/unknown");
        page.setStatus(HttpStatus.NOT_FOUND);
        return page.addObject("page", null);
    }
}
