package pl.bramka.refund;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.bramka.payment.RefundRefused;
import pl.bramka.payment.Transaction;
import pl.bramka.shared.Ids;
import pl.bramka.user.SignedInUser;

/** A second person's decision on a refund request, from the sale's page. */
@Controller
@RequestMapping("/transactions/{id}/refund-requests/{requestId}")
class RefundRequestsController {

    private final MerchantSales sales;
    private final RefundDesk desk;

    RefundRequestsController(MerchantSales sales, RefundDesk desk) {
        this.sales = sales;
        this.desk = desk;
    }

    @PostMapping("/approve")
    String approve(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
            @PathVariable String requestId, RedirectAttributes redirect) {
        Transaction sale = sales.get(user, id);
        return deciding(sale, redirect, "refund.approval.approved",
                () -> desk.approve(user, sale, requestIdOf(requestId)));
    }

    @PostMapping("/reject")
    String reject(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
            @PathVariable String requestId, RedirectAttributes redirect) {
        Transaction sale = sales.get(user, id);
        return deciding(sale, redirect, "refund.approval.rejected",
                () -> desk.reject(user, sale, requestIdOf(requestId)));
    }

    private static UUID requestIdOf(String requestId) {
        return Ids.uuid(requestId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String deciding(Transaction sale, RedirectAttributes redirect, String successKey,
            Runnable decision) {
        try {
            decision.run();
            redirect.addFlashAttribute("success", successKey);
        } catch (RefundDecisionRefused refused) {
            redirect.addFlashAttribute("failure", "refund.approval.refused." + refused.reason().name());
        } catch (RefundRefused refused) {
            redirect.addFlashAttribute("failure", "refund.refused." + refused.reason().name());
        }
        return "redirect:/transactions/" + sale.id();
    }
}
