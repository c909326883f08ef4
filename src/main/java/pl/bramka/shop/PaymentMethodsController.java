package pl.bramka.shop;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import pl.bramka.user.SignedInUser;

/** The top-level "Metody płatności" page: the active methods of all the merchant's shops. */
@Controller
class PaymentMethodsController {

    private final ShopPaymentMethods methods;

    PaymentMethodsController(ShopPaymentMethods methods) {
        this.methods = methods;
    }

    @GetMapping("/payment-methods")
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("methods", methods.enabledForMerchant(user.merchantId()));
        return "shop/payment-methods";
    }
}
