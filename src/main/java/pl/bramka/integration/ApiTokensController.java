package pl.bramka.integration;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
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
import pl.bramka.shop.MerchantShops;
import pl.bramka.shop.Shop;
import pl.bramka.user.SignedInUser;

/**
 * REST API tokens of a shop: issued with a name and scopes after the password, and shown once; revoked after a
 * confirmation page.
 */
@Controller
@RequestMapping("/shops/{serviceId}/integration/tokens")
class ApiTokensController {

    private final MerchantShops shops;
    private final ApiTokens tokens;
    private final CredentialChanges credentials;
    private final IntegrationPage page;
    private final ConfirmedByPassword passwords;

    ApiTokensController(MerchantShops shops, ApiTokens tokens, CredentialChanges credentials, IntegrationPage page,
            ConfirmedByPassword passwords) {
        this.shops = shops;
        this.tokens = tokens;
        this.credentials = credentials;
        this.page = page;
        this.passwords = passwords;
    }

    @PostMapping
    String issue(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID serviceId,
            @Valid @ModelAttribute("tokenForm") ApiTokenForm form, BindingResult errors, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        Shop shop = shops.get(user.merchantId(), serviceId);
        form.validate(user, errors);
        // The password is checked only for an otherwise valid form, so a typo in the name costs no attempt.
        if (errors.hasErrors()
                || !passwords.confirm(user, form.getTokenPassword(), request.getRemoteAddr(), errors, "tokenPassword")) {
            form.setTokenPassword("");
            return page.render(user, shop, model);
        }
        String name = form.getTokenName().trim();
        String token = credentials.issueToken(user.merchantId(), serviceId, name, form.getScopes(), user.id());
        page.showNewTokenOnce(redirect, user, shop, token, name);
        redirect.addFlashAttribute("success", "integration.token.created");
        return "redirect:/shops/" + serviceId + "/integration#api-tokens";
    }

    @GetMapping("/{tokenId}/revoke")
    String confirmRevocation(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID serviceId,
            @PathVariable UUID tokenId, Model model, RedirectAttributes redirect) {
        Shop shop = shops.get(user.merchantId(), serviceId);
        ApiToken token = tokens.find(serviceId, tokenId).orElseThrow(ApiTokensController::notFound);
        if (!token.active()) {
            redirect.addFlashAttribute("failure", "integration.token.alreadyRevoked");
            return "redirect:/shops/" + serviceId + "/integration#api-tokens";
        }
        model.addAttribute("shop", shop);
        model.addAttribute("token", token);
        return "integration/token-revoke";
    }

    @PostMapping("/{tokenId}/revoke")
    String revoke(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID serviceId,
            @PathVariable UUID tokenId, RedirectAttributes redirect) {
        shops.get(user.merchantId(), serviceId);
        tokens.find(serviceId, tokenId).orElseThrow(ApiTokensController::notFound);
        boolean revoked = credentials.revokeToken(user.merchantId(), serviceId, tokenId, user.id());
        redirect.addFlashAttribute(revoked ? "success" : "failure",
                revoked ? "integration.token.revoked" : "integration.token.alreadyRevoked");
        return "redirect:/shops/" + serviceId + "/integration#api-tokens";
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
