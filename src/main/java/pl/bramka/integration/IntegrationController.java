package pl.bramka.integration;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
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
import pl.bramka.shop.MerchantShops;
import pl.bramka.shop.Shop;
import pl.bramka.user.AsksForSecondFactor;
import pl.bramka.user.PasswordReconfirmation;
import pl.bramka.user.SignedInUser;

/** The "Dane do integracji" tab, and the shop key on it: revealed or replaced only after the password is typed. */
@Controller
@AsksForSecondFactor
@RequestMapping("/shops/{serviceId}/integration")
class IntegrationController {

    private final MerchantShops shops;
    private final KeyReveal keyReveal;
    private final CredentialChanges credentials;
    private final PasswordReconfirmation passwords;
    private final IntegrationPage page;

    IntegrationController(MerchantShops shops, KeyReveal keyReveal, CredentialChanges credentials,
            PasswordReconfirmation passwords, IntegrationPage page) {
        this.shops = shops;
        this.keyReveal = keyReveal;
        this.credentials = credentials;
        this.passwords = passwords;
        this.page = page;
    }

    @GetMapping
    String show(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID serviceId, Model model) {
        return page.render(user, shops.get(user.merchantId(), serviceId), model);
    }

    /** Shows the key in this response only; it is never put in the session. */
    @PostMapping("/key/reveal")
    String reveal(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID serviceId,
            @ModelAttribute("revealForm") KeyRevealForm form, BindingResult errors, Model model,
            HttpServletRequest request) {
        Shop shop = shops.get(user.merchantId(), serviceId);
        keyReveal.reveal(user, shop, form, errors, request.getRemoteAddr(), model);
        return page.render(user, shop, model);
    }

    @GetMapping("/key/rotate")
    String rotation(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID serviceId, Model model) {
        model.addAttribute("rotationForm", new KeyRotationForm());
        return rotationPage(shops.get(user.merchantId(), serviceId), model);
    }

    @PostMapping("/key/rotate")
    String rotate(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID serviceId,
            @ModelAttribute("rotationForm") KeyRotationForm form, BindingResult errors, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        Shop shop = shops.get(user.merchantId(), serviceId);
        form.validate(errors);
        // The password is checked only for an otherwise valid request, so a typo in the hours costs no attempt.
        if (errors.hasErrors() || !passwords.confirm(user, form.getPassword(), form.getCode(),
                request.getRemoteAddr(), errors, "password", "code")) {
            form.setPassword("");
            form.setCode("");
            return rotationPage(shop, model);
        }
        CredentialChanges.RotatedKey rotated = credentials.rotateKey(user.merchantId(), serviceId, form.overlap(),
                user.id());
        page.showNewKeyOnce(redirect, user, shop, rotated.newKey(), rotated.oldKeyVerifiesUntil());
        redirect.addFlashAttribute("success", "integration.rotate.done");
        return "redirect:/shops/" + serviceId + "/integration";
    }

    private static String rotationPage(Shop shop, Model model) {
        model.addAttribute("shop", shop);
        model.addAttribute("maxOverlap", KeyRotationForm.MAX_OVERLAP_HOURS);
        return "integration/rotate";
    }
}
