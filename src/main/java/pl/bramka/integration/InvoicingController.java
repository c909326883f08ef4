package pl.bramka.integration;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.bramka.merchant.Merchant;
import pl.bramka.merchant.MerchantManagement;
import pl.bramka.shop.MerchantShops;
import pl.bramka.shop.Shop;
import pl.bramka.user.SignedInUser;

/**
 * The shop's invoicing mode. Built-in invoices name the merchant as the seller, so that mode needs its company name,
 * NIP and address; the external service needs the shop's accounting key.
 */
@Controller
class InvoicingController {

    private final MerchantShops shops;
    private final MerchantManagement merchants;
    private final InvoicingSettings settings;
    private final AccountingKeys accountingKeys;
    private final IntegrationPage page;

    InvoicingController(MerchantShops shops, MerchantManagement merchants, InvoicingSettings settings,
            AccountingKeys accountingKeys, IntegrationPage page) {
        this.shops = shops;
        this.merchants = merchants;
        this.settings = settings;
        this.accountingKeys = accountingKeys;
        this.page = page;
    }

    @PostMapping("/shops/{serviceId}/integration/invoicing")
    String save(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID serviceId,
            @ModelAttribute("invoicingForm") InvoicingForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        Shop shop = shops.get(user.merchantId(), serviceId);
        form.validate(errors);
        if (form.parsedMode() == InvoicingMode.BUILT_IN && !hasCompanyData(user)) {
            errors.rejectValue("mode", "integration.invoicing.companyDataMissing");
            model.addAttribute("invoicingNeedsCompanyData", true);
        }
        if (form.parsedMode() == InvoicingMode.EXTERNAL && accountingKeys.masked(serviceId).isEmpty()) {
            errors.rejectValue("mode", "integration.invoicing.keyMissing");
        }
        if (errors.hasErrors()) {
            return page.render(user, shop, model);
        }
        settings.set(user.merchantId(), serviceId, form.settings(), user.id());
        redirect.addFlashAttribute("success", "integration.invoicing.saved");
        return "redirect:/shops/" + serviceId + "/integration#invoicing";
    }

    private boolean hasCompanyData(SignedInUser user) {
        return merchants.find(user.merchantId()).filter(merchant -> merchant.nip() != null
                && merchant.address() != null && !merchant.address().isBlank()).map(Merchant::name).isPresent();
    }
}
