package pl.bramka.integration;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.bramka.shop.MerchantShops;
import pl.bramka.shop.Shop;
import pl.bramka.user.SignedInUser;

/** The ING Księgowość API key: set, changed or removed; never shown back beyond its last characters. */
@Controller
@RequestMapping("/shops/{serviceId}/integration/accounting-key")
class AccountingKeyController {

    private final MerchantShops shops;
    private final AccountingKeys accountingKeys;
    private final IntegrationPage page;

    AccountingKeyController(MerchantShops shops, AccountingKeys accountingKeys, IntegrationPage page) {
        this.shops = shops;
        this.accountingKeys = accountingKeys;
        this.page = page;
    }

    @PostMapping
    String save(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID serviceId,
            @ModelAttribute("accountingForm") AccountingKeyForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        Shop shop = shops.get(user.merchantId(), serviceId);
        form.validate(errors);
        if (errors.hasErrors()) {
            return page.render(user, shop, model);
        }
        accountingKeys.set(user.merchantId(), serviceId, form.trimmed(), user.id());
        redirect.addFlashAttribute("success", "integration.accounting.saved");
        return "redirect:/shops/" + serviceId + "/integration#accounting-key";
    }

    @PostMapping("/remove")
    String remove(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID serviceId,
            RedirectAttributes redirect) {
        shops.get(user.merchantId(), serviceId);
        boolean removed = accountingKeys.remove(user.merchantId(), serviceId, user.id());
        redirect.addFlashAttribute(removed ? "success" : "failure",
                removed ? "integration.accounting.removed" : "integration.accounting.none");
        return "redirect:/shops/" + serviceId + "/integration#accounting-key";
    }
}
