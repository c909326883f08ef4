package pl.bramka.operator;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.bramka.merchant.CompanyData;
import pl.bramka.merchant.Merchant;
import pl.bramka.merchant.MerchantManagement;
import pl.bramka.merchant.Nip;
import pl.bramka.merchant.NipTaken;
import pl.bramka.merchant.Regon;
import pl.bramka.shop.ShopAdministration;
import pl.bramka.user.UserManagement;

/** Merchants in the console: the list with search, onboarding, one merchant with its shops, blocking. */
@Controller
class MerchantsConsoleController {

    static final int PAGE_SIZE = 50;

    private final MerchantManagement merchants;
    private final ShopAdministration shops;
    private final UserManagement users;
    private final OperatorActions actions;
    private final TransactionTemplate transactions;

    MerchantsConsoleController(MerchantManagement merchants, ShopAdministration shops, UserManagement users,
            OperatorActions actions, TransactionTemplate transactions) {
        this.merchants = merchants;
        this.shops = shops;
        this.users = users;
        this.actions = actions;
        this.transactions = transactions;
    }

    @GetMapping("/operator/merchants")
    String list(@RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable UUID after, Model model) {
        Merchant cursor = after == null ? null : merchants.find(after).orElse(null);
        List<Merchant> page = merchants.search(q, cursor, PAGE_SIZE + 1);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("merchants", page.stream().limit(PAGE_SIZE).toList());
        model.addAttribute("nextAfter", page.size() > PAGE_SIZE ? page.get(PAGE_SIZE - 1).id() : null);
        return "operator/merchants";
    }

    @GetMapping("/operator/merchants/new")
    String onboardForm(Model model) {
        model.addAttribute("form", new OnboardingForm());
        return "operator/merchant-new";
    }

    @PostMapping("/operator/merchants/new")
    String onboard(@AuthenticationPrincipal OperatorPrincipal operator,
            @Valid @ModelAttribute("form") OnboardingForm form, BindingResult errors, RedirectAttributes redirect) {
        Optional<String> nip = Nip.parse(form.getNip());
        if (!errors.hasFieldErrors("nip") && nip.isEmpty()) {
            errors.rejectValue("nip", "operator.nip.invalid");
        }
        Optional<String> regon = form.getRegon().isBlank() ? Optional.empty() : Regon.parse(form.getRegon());
        if (!form.getRegon().isBlank() && regon.isEmpty()) {
            errors.rejectValue("regon", "operator.regon.invalid");
        }
        if (!errors.hasFieldErrors("email") && users.emailTaken(form.getEmail())) {
            errors.rejectValue("email", "operator.email.taken");
        }
        if (errors.hasErrors()) {
            return "operator/merchant-new";
        }
        UUID merchantId;
        try {
            merchantId = transactions.execute(status -> {
                UUID id = merchants.onboard(new CompanyData(form.getCompanyName().trim(), nip.orElseThrow(),
                        regon.orElse(null), form.getAddress().trim()));
                users.inviteFirstRepresentative(id, form.getEmail().trim(), form.getFirstName(), form.getLastName());
                actions.record(operator, "merchant.onboarded", id, form.getCompanyName().trim() + ", NIP "
                        + nip.get() + ", Representative " + form.getEmail().trim(), id,
                        form.getCompanyName().trim());
                return id;
            });
        } catch (NipTaken taken) {
            errors.rejectValue("nip", "operator.nip.taken");
            return "operator/merchant-new";
        } catch (IllegalStateException emailTakenMeanwhile) {
            errors.rejectValue("email", "operator.email.taken");
            return "operator/merchant-new";
        }
        redirect.addFlashAttribute("success", "operator.merchant.onboarded");
        return "redirect:/operator/merchants/" + merchantId;
    }

    @GetMapping("/operator/merchants/{id}")
    String details(@PathVariable UUID id, Model model) {
        Merchant merchant = merchant(id);
        model.addAttribute("merchant", merchant);
        model.addAttribute("shops", shops.shopsOf(id));
        model.addAttribute("history", actions.about(id.toString(), 20));
        return "operator/merchant";
    }

    @GetMapping("/operator/merchants/{id}/block")
    String blockForm(@PathVariable UUID id, Model model) {
        model.addAttribute("merchant", merchant(id));
        model.addAttribute("form", new ReasonForm());
        return "operator/merchant-block";
    }

    @PostMapping("/operator/merchants/{id}/block")
    String block(@AuthenticationPrincipal OperatorPrincipal operator, @PathVariable UUID id,
            @Valid @ModelAttribute("form") ReasonForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        Merchant merchant = merchant(id);
        if (errors.hasErrors()) {
            model.addAttribute("merchant", merchant);
            return "operator/merchant-block";
        }
        boolean changed = Boolean.TRUE.equals(transactions.execute(status -> {
            boolean blocked = merchants.block(id, form.getReason().trim());
            if (blocked) {
                actions.record(operator, "merchant.blocked", id, form.getReason().trim(), id, merchant.name());
            }
            return blocked;
        }));
        redirect.addFlashAttribute(changed ? "success" : "failure",
                changed ? "operator.merchant.blocked" : "operator.unchanged");
        return "redirect:/operator/merchants/" + id;
    }

    @PostMapping("/operator/merchants/{id}/unblock")
    String unblock(@AuthenticationPrincipal OperatorPrincipal operator, @PathVariable UUID id,
            RedirectAttributes redirect) {
        Merchant merchant = merchant(id);
        boolean changed = Boolean.TRUE.equals(transactions.execute(status -> {
            boolean unblocked = merchants.unblock(id);
            if (unblocked) {
                actions.record(operator, "merchant.unblocked", id, null, id, merchant.name());
            }
            return unblocked;
        }));
        redirect.addFlashAttribute(changed ? "success" : "failure",
                changed ? "operator.merchant.unblocked" : "operator.unchanged");
        return "redirect:/operator/merchants/" + id;
    }

    private Merchant merchant(UUID id) {
        return merchants.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
