package pl.bramka.operator;

import java.util.UUID;
import java.util.function.BooleanSupplier;

import jakarta.validation.Valid;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.bramka.shop.ShopAdministration;
import pl.bramka.shop.ShopAdministration.AdministeredShop;

/** Activating, blocking and unblocking a merchant's shops from its page in the console. */
@Controller
class ShopsConsoleController {

    private final ShopAdministration shops;
    private final OperatorActions actions;
    private final TransactionTemplate transactions;

    ShopsConsoleController(ShopAdministration shops, OperatorActions actions, TransactionTemplate transactions) {
        this.shops = shops;
        this.actions = actions;
        this.transactions = transactions;
    }

    @PostMapping("/operator/shops/{serviceId}/activate")
    String activate(@AuthenticationPrincipal OperatorPrincipal operator, @PathVariable UUID serviceId,
            RedirectAttributes redirect) {
        AdministeredShop shop = shop(serviceId);
        return done(redirect, shop, change(operator, shop, "shop.activated", null,
                () -> shops.activate(serviceId)), "operator.shop.activated");
    }

    @GetMapping("/operator/shops/{serviceId}/block")
    String blockForm(@PathVariable UUID serviceId, Model model) {
        model.addAttribute("shop", shop(serviceId).shop());
        model.addAttribute("form", new ReasonForm());
        return "operator/shop-block";
    }

    @PostMapping("/operator/shops/{serviceId}/block")
    String block(@AuthenticationPrincipal OperatorPrincipal operator, @PathVariable UUID serviceId,
            @Valid @ModelAttribute("form") ReasonForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        AdministeredShop shop = shop(serviceId);
        if (errors.hasErrors()) {
            model.addAttribute("shop", shop.shop());
            return "operator/shop-block";
        }
        String reason = form.getReason().trim();
        return done(redirect, shop, change(operator, shop, "shop.blocked", reason,
                () -> shops.block(serviceId, reason)), "operator.shop.blocked");
    }

    @PostMapping("/operator/shops/{serviceId}/unblock")
    String unblock(@AuthenticationPrincipal OperatorPrincipal operator, @PathVariable UUID serviceId,
            RedirectAttributes redirect) {
        AdministeredShop shop = shop(serviceId);
        return done(redirect, shop, change(operator, shop, "shop.unblocked", null,
                () -> shops.unblock(serviceId)), "operator.shop.unblocked");
    }

    private boolean change(OperatorPrincipal operator, AdministeredShop shop, String action, String details,
            BooleanSupplier change) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            boolean changed = change.getAsBoolean();
            if (changed) {
                actions.record(operator, action, shop.shop().serviceId(), details, shop.shop().merchantId(),
                        shop.shop().name());
            }
            return changed;
        }));
    }

    private static String done(RedirectAttributes redirect, AdministeredShop shop, boolean changed, String message) {
        redirect.addFlashAttribute(changed ? "success" : "failure", changed ? message : "operator.unchanged");
        return "redirect:/operator/merchants/" + shop.shop().merchantId();
    }

    private AdministeredShop shop(UUID serviceId) {
        return shops.find(serviceId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
