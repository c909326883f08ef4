package pl.bramka.operator;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.bramka.merchant.Merchant;
import pl.bramka.merchant.MerchantManagement;
import pl.bramka.payout.Payout;
import pl.bramka.payout.PayoutDesk;
import pl.bramka.payout.PayoutStatus;
import pl.bramka.shared.Money;

/** Payouts across merchants with the settlement's last run, and marking them sent or returned. */
@Controller
class PayoutsConsoleController {

    /** A payout as the console lists it. */
    record Row(Payout payout, String merchantName, String amount) {
    }

    private final PayoutDesk desk;
    private final MerchantManagement merchants;
    private final OperatorActions actions;
    private final TransactionTemplate transactions;

    PayoutsConsoleController(PayoutDesk desk, MerchantManagement merchants, OperatorActions actions,
            TransactionTemplate transactions) {
        this.desk = desk;
        this.merchants = merchants;
        this.actions = actions;
        this.transactions = transactions;
    }

    @GetMapping("/operator/payouts")
    String list(@RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String after, Locale locale, Model model) {
        PayoutStatus chosen = Arrays.stream(PayoutStatus.values()).filter(value -> value.name().equals(status))
                .findFirst().orElse(null);
        List<Payout> page = desk.page(chosen, after);
        model.addAttribute("statuses", PayoutStatus.values());
        model.addAttribute("status", chosen == null ? "" : chosen.name());
        Map<UUID, String> names = new HashMap<>();
        model.addAttribute("payouts", page.stream()
                .map(payout -> new Row(payout, names.computeIfAbsent(payout.merchantId(),
                        id -> merchants.find(id).map(Merchant::name).orElse(id.toString())),
                        Money.formatter(payout.currency(), locale).apply(payout.amount())))
                .toList());
        model.addAttribute("nextAfter", page.size() == PayoutDesk.PAGE_SIZE
                ? PayoutDesk.cursorAfter(page.get(page.size() - 1)) : null);
        model.addAttribute("lastRun", desk.latestRun().orElse(null));
        return "operator/payouts";
    }

    @PostMapping("/operator/payouts/run")
    String run(@AuthenticationPrincipal OperatorPrincipal operator, RedirectAttributes redirect) {
        int made = desk.runSettlement();
        transactions.executeWithoutResult(status -> actions.record(operator, "settlement.run", "settlement",
                made + " payouts"));
        redirect.addFlashAttribute("success", "operator.payouts.ran");
        return "redirect:/operator/payouts";
    }

    @PostMapping("/operator/payouts/{id}/sent")
    String markSent(@AuthenticationPrincipal OperatorPrincipal operator, @PathVariable UUID id,
            RedirectAttributes redirect) {
        return changeStatus(operator, id, "sent", desk::markSent, redirect);
    }

    @GetMapping("/operator/payouts/{id}/returned")
    String confirmReturned(@PathVariable UUID id, Locale locale, Model model) {
        Payout payout = payout(id);
        model.addAttribute("payout", payout);
        model.addAttribute("amount", Money.formatter(payout.currency(), locale).apply(payout.amount()));
        return "operator/payout-returned";
    }

    @PostMapping("/operator/payouts/{id}/returned")
    String markReturned(@AuthenticationPrincipal OperatorPrincipal operator, @PathVariable UUID id,
            RedirectAttributes redirect) {
        return changeStatus(operator, id, "returned", desk::markReturned, redirect);
    }

    /** Marks the payout and records the operator's action in one transaction, only when the status changed. */
    private String changeStatus(OperatorPrincipal operator, UUID id, String newStatus, Predicate<UUID> mark,
            RedirectAttributes redirect) {
        Payout payout = payout(id);
        boolean changed = Boolean.TRUE.equals(transactions.execute(status -> {
            boolean marked = mark.test(id);
            if (marked) {
                actions.record(operator, "payout." + newStatus, id, null, payout.merchantId(), nameOf(payout));
            }
            return marked;
        }));
        redirect.addFlashAttribute(changed ? "success" : "failure",
                changed ? "operator.payout." + newStatus : "operator.unchanged");
        return "redirect:/operator/payouts";
    }

    /** The payout as its merchant knows it: its settlement day and currency. */
    private static String nameOf(Payout payout) {
        return payout.period() + " " + payout.currency();
    }

    private Payout payout(UUID id) {
        return desk.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
