package pl.bramka.shop;

import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.bramka.user.SignedInUser;

@Controller
class ShopsController {

    private final Shops shops;
    private final ShopManagement management;

    ShopsController(Shops shops, ShopManagement management) {
        this.shops = shops;
        this.management = management;
    }

    @GetMapping("/shops")
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("shops", shops.listForMerchant(user.merchantId()));
        return "shop/list";
    }

    @GetMapping("/shops/new")
    String newShop(Model model) {
        model.addAttribute("form", new NewShopForm());
        return "shop/new";
    }

    @PostMapping("/shops/new")
    String create(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("form") NewShopForm form,
            BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return "shop/new";
        }
        UUID serviceId = management.register(user.merchantId(), form.getName().trim(), form.getWebsite().trim());
        redirect.addFlashAttribute("success", "shop.created");
        return "redirect:/shops/" + serviceId + "/data";
    }

    @GetMapping("/shops/{serviceId}")
    String details(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID serviceId) {
        shops.get(user.merchantId(), serviceId);
        return "redirect:/shops/" + serviceId + "/data";
    }
}
