package pl.bramka.checkout;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import pl.bramka.payment.PayerUrls;
import pl.bramka.payment.Payment;
import pl.bramka.payment.Transaction;
import pl.bramka.payment.TransactionStatus;
import pl.bramka.shared.Redirects;

/**
 * Where every attempt ends ({@link PayerUrls#finished}): back to the shop's page for the outcome, or Bramka's own
 * result page when the shop gave none. An attempt not yet handed to the acquirer sends the payer back to the payment.
 */
@Controller
class ResultController {

    private final PayerPages pages;
    private final PaymentStatuses statuses;

    ResultController(PayerPages pages, PaymentStatuses statuses) {
        this.pages = pages;
        this.statuses = statuses;
    }

    @GetMapping("/pay/{paymentId}/finished/{transactionId}")
    ModelAndView finished(@PathVariable String paymentId, @PathVariable String transactionId,
            HttpServletRequest request) {
        Optional<Payment> payment = pages.payment(paymentId);
        Optional<Transaction> sale = payment.flatMap(found -> pages.sale(found, transactionId));
        if (sale.isEmpty()) {
            return PayerPages.notFound(request);
        }
        if (sale.get().status() == TransactionStatus.NEW) {
            return Redirects.seeOther(PayerUrls.paymentPage(payment.get().id()));
        }
        String shopPage = statuses.shopPageAfter(payment.get(), sale.get());
        if (shopPage != null) {
            return Redirects.seeOther(shopPage);
        }
        return pages.status(payment.get(), statuses.ofAttempt(payment.get(), sale.get()), PayerUrls.finished(sale.get()),
                request);
    }
}
