package pl.bramka.checkout;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
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
import pl.bramka.payment.PayerInput;
import pl.bramka.payment.PayerUrls;
import pl.bramka.payment.Payment;
import pl.bramka.payment.PaymentSource;
import pl.bramka.payment.Transaction;
import pl.bramka.payment.TransactionStatus;
import pl.bramka.shared.Redirects;

/**
 * The page of one started attempt where the payer gives what the method needs: a BLIK code or a card. It serves
 * only a new attempt of a payment that may still be paid (not expired, the shop taking payments); anything else
 * sends the payer to how it stands.
 */
@Controller
@RequestMapping("/pay/{paymentId}/attempt/{transactionId}")
class AttemptController {

    /** Card expiry dates are months as the payer's bank counts them. */
    private static final ZoneId PAYER_ZONE = ZoneId.of("Europe/Warsaw");

    private final PayerPages pages;
    private final PaymentStatuses statuses;
    private final Clock clock;

    AttemptController(PayerPages pages, PaymentStatuses statuses, Clock clock) {
        this.pages = pages;
        this.statuses = statuses;
        this.clock = clock;
    }

    /** Whether the method asks the payer for something on Bramka's page before the acquirer is called. */
    static boolean hasForm(Transaction sale) {
        return "blik".equals(sale.paymentMethod()) || "card".equals(sale.paymentMethod());
    }

    @GetMapping
    ModelAndView show(@PathVariable String paymentId, @PathVariable String transactionId,
            HttpServletRequest request) {
        Optional<Payment> payment = pages.payment(paymentId);
        Optional<Transaction> sale = payment.flatMap(found -> pages.sale(found, transactionId));
        if (sale.isEmpty()) {
            return PayerPages.notFound(request);
        }
        return elsewhere(payment.get(), sale.get())
                .orElseGet(() -> form(payment.get(), sale.get(), Map.of(), request));
    }

    @PostMapping
    ModelAndView submit(@PathVariable String paymentId, @PathVariable String transactionId,
            @RequestParam(required = false) @Nullable String blikCode,
            @RequestParam(required = false) @Nullable String cardNumber,
            @RequestParam(required = false) @Nullable String cardExpiry,
            @RequestParam(required = false) @Nullable String cardCvv, HttpServletRequest request) {
        Optional<Payment> payment = pages.payment(paymentId);
        Optional<Transaction> sale = payment.flatMap(found -> pages.sale(found, transactionId));
        if (sale.isEmpty()) {
            return PayerPages.notFound(request);
        }
        Optional<ModelAndView> elsewhere = elsewhere(payment.get(), sale.get());
        if (elsewhere.isPresent()) {
            return elsewhere.get();
        }
        if ("blik".equals(sale.get().paymentMethod())) {
            Optional<PayerInput.BlikCode> code = PayerEntry.blikCode(blikCode);
            return code.map(typed -> pages.pay(sale.get(), typed)).orElseGet(() -> form(payment.get(), sale.get(),
                    Map.of("blikCode", "checkout.blik.code.invalid"), request));
        }
        PayerEntry.CardCheck card = PayerEntry.card(cardNumber, cardExpiry, cardCvv,
                YearMonth.now(clock.withZone(PAYER_ZONE)));
        if (card.card() == null) {
            return form(payment.get(), sale.get(), card.errors(), request)
                    .addObject("cardExpiry", cardExpiry == null ? "" : cardExpiry);
        }
        return pages.pay(sale.get(), card.card());
    }

    /** Where the payer goes instead of the form: the result of an attempt under way, or the payment page. */
    private Optional<ModelAndView> elsewhere(Payment payment, Transaction sale) {
        if (sale.status() != TransactionStatus.NEW) {
            return Optional.of(Redirects.seeOther(PayerUrls.finished(sale)));
        }
        if (!hasForm(sale) || statuses.insteadOfMethods(payment, Optional.of(sale)).isPresent()) {
            return Optional.of(Redirects.seeOther(PayerUrls.paymentPage(payment.id())));
        }
        return Optional.empty();
    }

    private ModelAndView form(Payment payment, Transaction sale, Map<String, String> errors,
            HttpServletRequest request) {
        String view = "blik".equals(sale.paymentMethod()) ? "checkout/blik" : "checkout/card";
        return pages.page(view, payment, pages.summary(payment), PayerPages.attemptPage(sale), request)
                .addObject("formAction", PayerPages.attemptPage(sale)).addObject("errors", errors)
                .addObject("otherMethods", payment.source() == PaymentSource.WEB);
    }
}
