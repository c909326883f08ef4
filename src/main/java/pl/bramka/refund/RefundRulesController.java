package pl.bramka.refund;

import java.util.Map;
import java.util.Optional;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.bramka.shared.Money;
import pl.bramka.user.SignedInUser;

/** The merchant's four-eyes rule: from which amount, per currency, a refund waits for a second person. */
@Controller
@RequestMapping("/settings/refunds")
class RefundRulesController {

    private final RefundRules rules;

    RefundRulesController(RefundRules rules) {
        this.rules = rules;
    }

    @GetMapping
    String show(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("form", RefundRulesForm.of(rules.thresholdsOf(user.merchantId())));
        return page(model);
    }

    @PostMapping
    String save(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") RefundRulesForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Optional<Map<String, Long>> thresholds = form.parsed(errors);
        if (thresholds.isEmpty()) {
            return page(model);
        }
        rules.replace(user.merchantId(), thresholds.get(), user.id());
        redirect.addFlashAttribute("success", "refund.rules.saved");
        return "redirect:/settings/refunds";
    }

    private static String page(Model model) {
        model.addAttribute("currencies", Money.CURRENCIES.stream().sorted().toList());
        return "refund/rules";
    }
}
