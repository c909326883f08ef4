package pl.bramka.checkout;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import pl.bramka.branding.PaymentPageBranding;
import pl.bramka.branding.PaymentPageBrandings;
import pl.bramka.branding.PaymentPageModel;
import pl.bramka.branding.PaymentPageModel.MethodGroup;
import pl.bramka.payment.IllegalTransition;
import pl.bramka.payment.PayerInput;
import pl.bramka.payment.PayerUrls;
import pl.bramka.payment.Payment;
import pl.bramka.payment.PaymentProcessing;
import pl.bramka.payment.Transaction;
import pl.bramka.payment.payer.PayerPayments;
import pl.bramka.shared.Ids;
import pl.bramka.shared.PageLanguage;
import pl.bramka.shared.Redirects;
import pl.bramka.shop.ShopDirectory;

/**
 * What every payer page needs: the payment and attempt named in the address (anything else is a payer's 404, never
 * the panel's), the shop's look and the order summary, the language, and 303 redirects, so reloading or going back
 * after a form never posts it again.
 */
@Component
class PayerPages {

    private final PayerPayments payerPayments;
    private final PaymentProcessing processing;
    private final ShopDirectory shops;
    private final PaymentPageBrandings brandings;

    PayerPages(PayerPayments payerPayments, PaymentProcessing processing, ShopDirectory shops,
            PaymentPageBrandings brandings) {
        this.payerPayments = payerPayments;
        this.processing = processing;
        this.shops = shops;
        this.brandings = brandings;
    }

    /** Where a payer types the BLIK code or the card of an attempt. */
    static String attemptPage(Transaction sale) {
        return PayerUrls.paymentPage(sale.paymentId()) + "/attempt/" + sale.id();
    }

    /**
     * Hands the attempt to the acquirer, then sends the payer on: to the acquirer's page (bank, 3-D Secure) or to
     * the result. A second submit of the same attempt only learns how it stands.
     */
    ModelAndView pay(Transaction sale, PayerInput input) {
        try {
            PaymentProcessing.Processed processed = processing.pay(sale.id(), input);
            return Redirects.seeOther(processed.payerActionUrl().orElse(PayerUrls.finished(processed.transaction())));
        } catch (IllegalTransition answeredMeanwhile) {
            return Redirects.seeOther(PayerUrls.finished(sale));
        }
    }

    /** The payment of the payer's link: its random id is what lets the payer see it. */
    Optional<Payment> payment(String paymentId) {
        return Ids.uuid(paymentId).flatMap(payerPayments::payment);
    }

    /** A sale attempt of this payment; another payment's transaction is as absent as an unknown one. */
    Optional<Transaction> sale(Payment payment, String transactionId) {
        return Ids.uuid(transactionId).flatMap(id -> payerPayments.attempt(payment, id));
    }

    /** The shop, amount and order of the payment, with the methods the payer may choose (if any). */
    PaymentPageModel model(Payment payment, List<MethodGroup> methods, @Nullable String selectedMethodCode,
            @Nullable String blikCodeError) {
        String shopName = shops.find(payment.serviceId()).orElseThrow().name();
        PaymentPageBranding branding = brandings.forShop(payment.merchantId(), payment.serviceId());
        String description = payment.title().isEmpty() ? null : payment.title();
        return new PaymentPageModel(shopName, branding.logoUrl(), payment.amount(), payment.currency(),
                payment.orderId(), description, methods, branding.themeStylesheetUrl(),
                PayerUrls.paymentPage(payment.id()), blikCodeError, false, selectedMethodCode);
    }

    PaymentPageModel summary(Payment payment) {
        return model(payment, List.of(), null, null);
    }

    /**
     * A page of the payment in the payer's language, with the switch to the other language linking to
     * {@code path}. Call before anything else resolves the language of the request.
     */
    ModelAndView page(String view, Payment payment, PaymentPageModel model, String path,
            HttpServletRequest request) {
        PageLanguage.proposeForPayer(request, payment.lang());
        return new ModelAndView(view).addObject("page", model).addObject("languageSwitch", path);
    }

    ModelAndView status(Payment payment, PayerStatus status, String path, HttpServletRequest request) {
        return page("checkout/status", payment, summary(payment), path, request).addObject("status", status);
    }

    /** The payers' "no such page", in the browser's language. */
    static ModelAndView notFound(HttpServletRequest request) {
        PageLanguage.propose(request, PageLanguage.browser(request));
        ModelAndView page = new ModelAndView("checkout/error", HttpStatus.NOT_FOUND);
        page.addObject("errorKey", "notFound");
        return page;
    }
}
