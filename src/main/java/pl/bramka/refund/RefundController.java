package pl.bramka.refund;

import java.util.Locale;
import java.util.Optional;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.bramka.payment.RefundRefused;
import pl.bramka.payment.Transaction;
import pl.bramka.payment.TransactionStatus;
import pl.bramka.shared.Money;
import pl.bramka.user.SignedInUser;

/**
 * Ordering a refund of one sale, only from its page: the form, a confirmation, then the refund (or, from the
 * merchant's threshold on, a request for a second person's approval).
 */
@Controller
@RequestMapping("/transactions/{id}/refund")
class RefundController {

    private final MerchantSales sales;
    private final RefundDesk desk;

    RefundController(MerchantSales sales, RefundDesk desk) {
        this.sales = sales;
        this.desk = desk;
    }

    @GetMapping
    String form(@AuthenticationPrincipal SignedInUser user, @PathVariable String id, Locale locale, Model model,
            RedirectAttributes redirect) {
        Transaction sale = sales.get(user, id);
        RefundDesk.Offer offer = desk.offer(sale);
        if (!offer.open()) {
            redirect.addFlashAttribute("failure", sale.status() == TransactionStatus.SETTLED
                    ? "refund.refused.NOTHING_LEFT" : "refund.refused.NOT_SETTLED");
            return "redirect:/transactions/" + sale.id();
        }
        model.addAttribute("form", RefundForm.offering(offer.offered(), sale.currency()));
        return formPage(sale, offer, locale, model);
    }

    @PostMapping
    String review(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
            @ModelAttribute("form") RefundForm form, BindingResult errors, Locale locale, Model model) {
        Transaction sale = sales.get(user, id);
        RefundDesk.Offer offer = desk.offer(sale);
        Optional<Long> amount = form.amountIn(sale.currency(), offer.offered(), locale, errors);
        if (amount.isEmpty()) {
            return formPage(sale, offer, locale, model);
        }
        form.fix(amount.get(), sale.currency());
        model.addAttribute("sale", sale);
        model.addAttribute("amount", new Money(amount.get(), sale.currency()).format(locale));
        model.addAttribute("approvalNeeded", desk.needsApproval(sale, amount.get()));
        return "refund/confirm";
    }

    @PostMapping("/confirm")
    String confirm(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
            @ModelAttribute("form") RefundForm form, BindingResult errors, Locale locale, Model model,
            RedirectAttributes redirect) {
        Transaction sale = sales.get(user, id);
        if (desk.alreadyOrdered(sale, form.getToken())) {
            redirect.addFlashAttribute("success", "refund.alreadyOrdered");
            return "redirect:/transactions/" + sale.id();
        }
        RefundDesk.Offer offer = desk.offer(sale);
        Optional<Long> amount = form.amountIn(sale.currency(), offer.offered(), locale, errors);
        if (amount.isEmpty()) {
            return formPage(sale, offer, locale, model);
        }
        try {
            RefundDesk.Outcome outcome = desk.order(user, sale, amount.get(), form.getTitle(), form.getToken());
            redirect.addFlashAttribute("success", outcome.request().isPresent() ? "refund.approval.requested"
                    : "refund.done");
        } catch (RefundRefused refused) {
            redirect.addFlashAttribute("failure", "refund.refused." + refused.reason().name());
        }
        return "redirect:/transactions/" + sale.id();
    }

    private static String formPage(Transaction sale, RefundDesk.Offer offer, Locale locale, Model model) {
        model.addAttribute("sale", sale);
        model.addAttribute("saleAmount", new Money(sale.amount(), sale.currency()).format(locale));
        model.addAttribute("offered", new Money(offer.offered(), sale.currency()).format(locale));
        model.addAttribute("pending", offer.pending() > 0
                ? new Money(offer.pending(), sale.currency()).format(locale) : null);
        return "refund/form";
    }
}
