package pl.bramka.checkout;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import pl.bramka.branding.PaymentPageModel;
import pl.bramka.payment.PayerInput;
import pl.bramka.payment.PayerUrls;
import pl.bramka.payment.Payment;
import pl.bramka.payment.PaymentRefused;
import pl.bramka.payment.PaymentSource;
import pl.bramka.payment.Payments;
import pl.bramka.payment.Transaction;
import pl.bramka.payment.TransactionNotFound;
import pl.bramka.payment.TransactionStatus;
import pl.bramka.shared.Redirects;

/**
 * The payment page: the shop's methods for a payable payment, or how the payment stands. Choosing a method starts an
 * attempt; BLIK (with the code typed on this page) and methods with their own page go straight on, BLIK without a
 * code and cards continue on the attempt's page. A sale the shop created through the API is continued, not
 * re-chosen.
 */
@Controller
@RequestMapping("/pay/{paymentId}")
class PaymentPageController {

    private final PayerPages pages;
    private final PaymentStatuses statuses;
    private final Payments payments;

    PaymentPageController(PayerPages pages, PaymentStatuses statuses, Payments payments) {
        this.pages = pages;
        this.statuses = statuses;
        this.payments = payments;
    }

    @GetMapping
    ModelAndView show(@PathVariable String paymentId, HttpServletRequest request) {
        Optional<Payment> found = pages.payment(paymentId);
        if (found.isEmpty()) {
            return PayerPages.notFound(request);
        }
        Payment payment = found.get();
        payments.recordVisit(payment);
        Optional<Transaction> latest = payments.latestAttempt(payment);
        Optional<PayerStatus> status = statuses.insteadOfMethods(payment, latest);
        if (status.isPresent()) {
            return pages.status(payment, status.get(), PayerUrls.paymentPage(payment.id()), request);
        }
        if (payment.source() == PaymentSource.API && latest.isPresent()) {
            return continueSale(latest.get());
        }
        String selected = latest.filter(sale -> sale.status() == TransactionStatus.NEW)
                .map(Transaction::paymentMethodCode).orElse(payment.preselectMethodCode());
        ModelAndView page = methods(payment, selected, null, request);
        if (latest.filter(sale -> sale.status() == TransactionStatus.REJECTED
                || sale.status() == TransactionStatus.ERROR).isPresent()) {
            page.addObject("notice", "checkout.notice.rejected");
        }
        return page;
    }

    @PostMapping
    ModelAndView choose(@PathVariable String paymentId, @RequestParam(required = false) @Nullable String method,
            @RequestParam(required = false) @Nullable String blikCode, HttpServletRequest request) {
        Optional<Payment> found = pages.payment(paymentId);
        if (found.isEmpty()) {
            return PayerPages.notFound(request);
        }
        Payment payment = found.get();
        Optional<Transaction> latest = payments.latestAttempt(payment);
        if (statuses.insteadOfMethods(payment, latest).isPresent()
                || payment.source() == PaymentSource.API && latest.isPresent()) {
            // Nothing to choose now, or the shop chose through the API: the payment page says how it stands.
            return Redirects.seeOther(PayerUrls.paymentPage(payment.id()));
        }
        boolean codeTyped = blikCode != null && !blikCode.isBlank();
        String code = method != null && !method.isBlank() ? method : codeTyped ? "blik" : null;
        if (code == null) {
            return methods(payment, null, null, request).addObject("methodError", "checkout.method.required");
        }
        boolean blikWithCode = "blik".equals(code) && codeTyped;
        Optional<PayerInput.BlikCode> blik = blikWithCode ? PayerEntry.blikCode(blikCode) : Optional.empty();
        if (blikWithCode && blik.isEmpty()) {
            return methods(payment, code, "checkout.blik.code.invalid", request);
        }
        Transaction sale;
        try {
            sale = payments.attempt(payment.id(), code);
        } catch (PaymentRefused refused) {
            if (refused.reason() == PaymentRefused.Reason.METHOD_UNAVAILABLE) {
                return methods(payment, null, null, request).addObject("methodError", "checkout.method.unavailable");
            }
            return Redirects.seeOther(PayerUrls.paymentPage(payment.id()));
        } catch (TransactionNotFound gone) {
            return PayerPages.notFound(request);
        }
        if (blik.isPresent()) {
            return pages.pay(sale, blik.get());
        }
        return continueSale(sale);
    }

    /** A new sale goes on: BLIK and cards to their form, other methods to the acquirer's page. */
    private ModelAndView continueSale(Transaction sale) {
        if (sale.status() != TransactionStatus.NEW) {
            return Redirects.seeOther(PayerUrls.finished(sale));
        }
        if (AttemptController.hasForm(sale)) {
            return Redirects.seeOther(PayerPages.attemptPage(sale));
        }
        return pages.pay(sale, new PayerInput.None());
    }

    private ModelAndView methods(Payment payment, @Nullable String selected, @Nullable String blikCodeError,
            HttpServletRequest request) {
        PaymentPageModel page = pages.model(payment,
                PaymentPageModel.groupsOf(payments.methodsFor(payment)), selected, blikCodeError);
        return pages.page("checkout/payment-page", payment, page, PayerUrls.paymentPage(payment.id()), request);
    }
}
