package pl.bramka.sandbox;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import pl.bramka.payment.IllegalTransition;
import pl.bramka.payment.PayerUrls;
import pl.bramka.payment.Payment;
import pl.bramka.payment.Transaction;
import pl.bramka.payment.TransactionStatus;
import pl.bramka.payment.acquirer.AcquiredSales;
import pl.bramka.payment.acquirer.AcquirerStep.Decided;
import pl.bramka.shared.Ids;
import pl.bramka.shared.Money;
import pl.bramka.shared.PageLanguage;
import pl.bramka.shared.Redirects;
import pl.bramka.shop.PaymentMethodCatalogue;
import pl.bramka.shop.PaymentMethodDefinition;
import pl.bramka.shop.ShopDirectory;

/**
 * The simulated bank, 3-D Secure and approval pages. Each button gives the acquirer's answer for a pending
 * transaction and sends the payer on to {@link PayerUrls#finished}; a transaction that is not pending only shows how
 * it stands. Each page exists only for the transactions that lead to it.
 */
@Controller
@RequestMapping(SandboxPages.BASE)
class SandboxPagesController {

    /** What a sandbox page shows about the transaction. */
    record View(SandboxPage page, Transaction sale, @Nullable String providerName, String shopName, Money amount,
            String formAction, String finishedUrl) {
    }

    private final AcquiredSales sales;
    private final ShopDirectory shops;

    SandboxPagesController(AcquiredSales sales, ShopDirectory shops) {
        this.sales = sales;
        this.shops = shops;
    }

    @GetMapping("/bank")
    ModelAndView bank(@PathVariable String transactionId, HttpServletRequest request) {
        return show(SandboxPage.BANK, transactionId, request);
    }

    @PostMapping("/bank")
    ModelAndView bankAnswer(@PathVariable String transactionId, @RequestParam(required = false) String outcome,
            HttpServletRequest request) {
        return answer(SandboxPage.BANK, transactionId, outcome, request);
    }

    @GetMapping("/3ds")
    ModelAndView threeDSecure(@PathVariable String transactionId, HttpServletRequest request) {
        return show(SandboxPage.THREE_D_SECURE, transactionId, request);
    }

    @PostMapping("/3ds")
    ModelAndView threeDSecureAnswer(@PathVariable String transactionId,
            @RequestParam(required = false) String outcome, HttpServletRequest request) {
        return answer(SandboxPage.THREE_D_SECURE, transactionId, outcome, request);
    }

    @GetMapping("/approval")
    ModelAndView approval(@PathVariable String transactionId, HttpServletRequest request) {
        return show(SandboxPage.APPROVAL, transactionId, request);
    }

    @PostMapping("/approval")
    ModelAndView approvalAnswer(@PathVariable String transactionId, @RequestParam(required = false) String outcome,
            HttpServletRequest request) {
        return answer(SandboxPage.APPROVAL, transactionId, outcome, request);
    }

    private ModelAndView show(SandboxPage page, String transactionId, HttpServletRequest request) {
        Optional<Transaction> sale = sale(page, transactionId);
        if (sale.isEmpty()) {
            return notFound(request);
        }
        return render(page, sale.get(), request);
    }

    private ModelAndView answer(SandboxPage page, String transactionId, @Nullable String outcomeCode,
            HttpServletRequest request) {
        Optional<Transaction> sale = sale(page, transactionId);
        if (sale.isEmpty()) {
            return notFound(request);
        }
        Optional<SandboxPage.Outcome> outcome = Optional.ofNullable(outcomeCode).flatMap(SandboxPage.Outcome::byCode)
                .filter(page.outcomes()::contains);
        if (outcome.isEmpty() || sale.get().status() != TransactionStatus.PENDING) {
            return render(page, sale.get(), request);
        }
        Optional<Decided> decision = page.decide(outcome.get());
        if (decision.isEmpty()) {
            return Redirects.seeOther(PayerUrls.finished(sale.get()));
        }
        try {
            return Redirects.seeOther(PayerUrls.finished(sales.decide(sale.get().id(), decision.get())));
        } catch (IllegalTransition answeredMeanwhile) {
            return render(page, sales.sale(sale.get().id()).orElseThrow(), request);
        }
    }

    /** The sale this page is for: an existing sale of a method that leads to this very page. */
    private Optional<Transaction> sale(SandboxPage page, String transactionId) {
        return Ids.uuid(transactionId).flatMap(sales::sale).filter(sale -> SandboxPage.of(sale) == page);
    }

    private ModelAndView render(SandboxPage page, Transaction sale, HttpServletRequest request) {
        Payment payment = sales.paymentOf(sale);
        PageLanguage.proposeForPayer(request, payment.lang());
        String provider = page == SandboxPage.THREE_D_SECURE ? null
                : PaymentMethodCatalogue.byCode(sale.paymentMethodCode()).map(PaymentMethodDefinition::name)
                        .orElse(sale.paymentMethodCode());
        String shopName = shops.find(sale.serviceId()).orElseThrow().name();
        View view = new View(page, sale, provider, shopName, new Money(sale.amount(), sale.currency()),
                page.url(sale.id()), PayerUrls.finished(sale));
        String template = sale.status() == TransactionStatus.PENDING ? "sandbox/page" : "sandbox/status";
        return new ModelAndView(template).addObject("sandbox", view).addObject("languageSwitch", page.url(sale.id()));
    }

    private static ModelAndView notFound(HttpServletRequest request) {
        PageLanguage.propose(request, PageLanguage.browser(request));
        return new ModelAndView("sandbox/not-found", HttpStatus.NOT_FOUND);
    }
}
