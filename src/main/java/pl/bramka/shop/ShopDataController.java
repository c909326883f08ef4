package pl.bramka.shop;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
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
import pl.bramka.user.AsksForSecondFactor;
import pl.bramka.user.PasswordReconfirmation;
import pl.bramka.user.SignedInUser;

/** The "Dane sklepu" tab: shop data, its change history, and the edit form. */
@Controller
@AsksForSecondFactor
@RequestMapping("/shops/{serviceId}/data")
class ShopDataController {

    private static final int HISTORY_SHOWN = 20;

    private final Shops shops;
    private final ShopChanges changes;
    private final ShopDataChange dataChange;
    private final MerchantCategoryCodes mccs;
    private final ShopAdministration administration;
    private final IbanChanges ibanChanges;
    private final PasswordReconfirmation passwords;

    ShopDataController(Shops shops, ShopChanges changes, ShopDataChange dataChange, MerchantCategoryCodes mccs,
            ShopAdministration administration, IbanChanges ibanChanges, PasswordReconfirmation passwords) {
        this.shops = shops;
        this.changes = changes;
        this.dataChange = dataChange;
        this.mccs = mccs;
        this.administration = administration;
        this.ibanChanges = ibanChanges;
        this.passwords = passwords;
    }

    @GetMapping
    String show(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID serviceId, Model model) {
        Shop shop = shops.get(user.merchantId(), serviceId);
        model.addAttribute("shop", shop);
        model.addAttribute("mccDescription", shop.mcc() == null ? null : mccs.describe(shop.mcc()));
        model.addAttribute("blockedReason", administration.find(serviceId)
                .map(ShopAdministration.AdministeredShop::blockedReason).orElse(null));
        model.addAttribute("history", changes.recent(serviceId, HISTORY_SHOWN));
        model.addAttribute("ibanChange", ibanChanges.pending(user.merchantId(), serviceId).orElse(null));
        return "shop/data";
    }

    @GetMapping("/edit")
    String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID serviceId, Model model) {
        Shop shop = shops.get(user.merchantId(), serviceId);
        model.addAttribute("form", ShopDataForm.of(shop));
        return editPage(shop, model);
    }

    @PostMapping("/edit")
    String save(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID serviceId,
            @Valid @ModelAttribute("form") ShopDataForm form, BindingResult errors, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        Shop shop = shops.get(user.merchantId(), serviceId);
        dataChange.validate(form, errors);
        // The password is checked only for an otherwise valid form that changes the IBAN, so a typo costs no attempt.
        if (errors.hasErrors() || dataChange.changesIban(shop, form)
                && !passwords.confirm(user, form.getPassword(), form.getCode(), request.getRemoteAddr(), errors,
                        "password", "code")) {
            form.setPassword("");
            form.setCode("");
            return editPage(shop, model);
        }
        boolean ibanRequested = dataChange.apply(user.merchantId(), serviceId, form, user.id());
        redirect.addFlashAttribute("success", ibanRequested ? "ibanChange.requested" : "shop.data.saved");
        return "redirect:/shops/" + serviceId + "/data";
    }

    private String editPage(Shop shop, Model model) {
        model.addAttribute("shop", shop);
        model.addAttribute("mccs", mccs.all());
        model.addAttribute("minActivity", ShopDataChange.MIN_ACTIVITY_SECONDS);
        return "shop/data-edit";
    }
}
