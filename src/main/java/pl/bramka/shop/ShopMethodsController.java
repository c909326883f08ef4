package pl.bramka.shop;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.bramka.shared.Money;
import pl.bramka.user.SignedInUser;

/** The "Metody płatności" tab of a shop: methods with commissions, a commission preview, switching on and off. */
@Controller
@RequestMapping("/shops/{serviceId}/methods")
class ShopMethodsController {

    private final Shops shops;
    private final ShopPaymentMethods methods;
    private final PaymentMethodSwitch methodSwitch;

    ShopMethodsController(Shops shops, ShopPaymentMethods methods, PaymentMethodSwitch methodSwitch) {
        this.shops = shops;
        this.methods = methods;
        this.methodSwitch = methodSwitch;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID serviceId, Model model) {
        model.addAttribute("shop", shops.get(user.merchantId(), serviceId));
        Map<PaymentMethodGroup, List<ShopPaymentMethod>> groups = new EnumMap<>(PaymentMethodGroup.class);
        methods.forShop(user.merchantId(), serviceId).forEach(method -> groups
                .computeIfAbsent(method.definition().group(), group -> new ArrayList<>()).add(method));
        model.addAttribute("groups", groups);
        return "shop/methods";
    }

    @GetMapping("/{code}")
    String details(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID serviceId,
            @PathVariable String code, @RequestParam(required = false) String amount,
            @RequestParam(defaultValue = "PLN") String currency, Model model, Locale locale) {
        ShopPaymentMethod method = method(user, serviceId, code, model);
        model.addAttribute("amount", amount == null ? "" : amount);
        model.addAttribute("currency", currency);
        model.addAttribute("currencies", List.copyOf(new java.util.TreeSet<>(method.definition().currencies())));
        if (amount != null) {
            Money.parse(amount, method.definition().currencies().contains(currency) ? currency : "")
                    .ifPresentOrElse(money -> model.addAttribute("preview", CommissionPreview.of(method, money, locale)),
                            () -> model.addAttribute("amountError", "methods.preview.amountInvalid"));
        }
        return "shop/method";
    }

    @GetMapping("/{code}/{change:enable|disable}")
    String confirm(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID serviceId,
            @PathVariable String code, @PathVariable String change,
            @RequestParam(defaultValue = "") String returnTo, Model model) {
        method(user, serviceId, code, model);
        model.addAttribute("change", change);
        model.addAttribute("returnToOverview", returnTo.equals("overview"));
        return "shop/method-switch";
    }

    @PostMapping("/{code}/{change:enable|disable}")
    String apply(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID serviceId,
            @PathVariable String code, @PathVariable String change,
            @RequestParam(defaultValue = "") String returnTo, RedirectAttributes redirect) {
        boolean enable = change.equals("enable");
        methodSwitch.set(user.merchantId(), serviceId, code, enable, user.id());
        redirect.addFlashAttribute("success", enable ? "methods.enabled" : "methods.disabled");
        return "redirect:" + (returnTo.equals("overview") ? "/payment-methods" : "/shops/" + serviceId + "/methods");
    }

    private ShopPaymentMethod method(SignedInUser user, UUID serviceId, String code, Model model) {
        model.addAttribute("shop", shops.get(user.merchantId(), serviceId));
        ShopPaymentMethod method = methods.find(user.merchantId(), serviceId, code).orElseThrow(ShopNotFound::new);
        model.addAttribute("method", method);
        return method;
    }
}
