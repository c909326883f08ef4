package pl.bramka.shop;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.bramka.user.PasswordReconfirmation;
import pl.bramka.user.SignedInUser;
import pl.bramka.user.UserContact;
import pl.bramka.user.UserManagement;

/**
 * The page an IBAN change's e-mail links to: another Representative confirms it with their password, or any
 * Representative rejects it.
 */
@Controller
@RequestMapping("/shops/{serviceId}/data/iban-change/{changeId}")
class IbanChangeController {

    /** The confirmation form: only the password. */
    static class ConfirmForm {

        private String password = "";

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }
    }

    private final Shops shops;
    private final IbanChanges changes;
    private final UserManagement users;
    private final PasswordReconfirmation passwords;

    IbanChangeController(Shops shops, IbanChanges changes, UserManagement users, PasswordReconfirmation passwords) {
        this.shops = shops;
        this.changes = changes;
        this.users = users;
        this.passwords = passwords;
    }

    @GetMapping
    String show(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID serviceId, @PathVariable UUID changeId,
            Model model) {
        model.addAttribute("form", new ConfirmForm());
        return page(user, serviceId, changeId, model);
    }

    @PostMapping("/confirm")
    String confirm(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID serviceId,
            @PathVariable UUID changeId, @ModelAttribute("form") ConfirmForm form, BindingResult errors, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        IbanChange change = changeOf(user, serviceId, changeId);
        if (!change.pending() || change.requestedBy().equals(user.id())) {
            return refused(serviceId, redirect, change.pending() ? IbanChanges.Refusal.OWN_REQUEST
                    : IbanChanges.Refusal.NOT_PENDING);
        }
        if (!passwords.confirm(user, form.getPassword(), request.getRemoteAddr(), errors, "password")) {
            form.setPassword("");
            return page(user, serviceId, changeId, model);
        }
        try {
            changes.confirm(user.merchantId(), serviceId, changeId, user.id());
        } catch (IbanChanges.Refused refused) {
            return refused(serviceId, redirect, refused.reason());
        }
        redirect.addFlashAttribute("success", "ibanChange.confirmed");
        return "redirect:/shops/" + serviceId + "/data";
    }

    @PostMapping("/reject")
    String reject(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID serviceId,
            @PathVariable UUID changeId, RedirectAttributes redirect) {
        changeOf(user, serviceId, changeId);
        try {
            changes.reject(user.merchantId(), serviceId, changeId, user.id());
        } catch (IbanChanges.Refused refused) {
            return refused(serviceId, redirect, refused.reason());
        }
        redirect.addFlashAttribute("success", "ibanChange.rejected");
        return "redirect:/shops/" + serviceId + "/data";
    }

    private String page(SignedInUser user, UUID serviceId, UUID changeId, Model model) {
        IbanChange change = changeOf(user, serviceId, changeId);
        model.addAttribute("shop", shops.get(user.merchantId(), serviceId));
        model.addAttribute("change", change);
        model.addAttribute("requester", users.contact(user.merchantId(), change.requestedBy())
                .map(UserContact::fullName).orElse(""));
        model.addAttribute("ownRequest", change.requestedBy().equals(user.id()));
        return "shop/iban-change";
    }

    private IbanChange changeOf(SignedInUser user, UUID serviceId, UUID changeId) {
        return changes.find(user.merchantId(), serviceId, changeId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String refused(UUID serviceId, RedirectAttributes redirect, IbanChanges.Refusal reason) {
        redirect.addFlashAttribute("failure", "ibanChange.refused." + reason.name());
        return "redirect:/shops/" + serviceId + "/data";
    }
}
