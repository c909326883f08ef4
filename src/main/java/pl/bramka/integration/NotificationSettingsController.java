package pl.bramka.integration;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
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

/** The notification URL and the e-mail addresses told about completed transactions. */
@Controller
@RequestMapping("/shops/{serviceId}/integration")
class NotificationSettingsController {

    private final MerchantShops shops;
    private final NotificationSettings notifications;
    private final IntegrationPage page;
    private final ConfirmedByPassword passwords;

    NotificationSettingsController(MerchantShops shops, NotificationSettings notifications, IntegrationPage page,
            ConfirmedByPassword passwords) {
        this.shops = shops;
        this.notifications = notifications;
        this.page = page;
        this.passwords = passwords;
    }

    @PostMapping("/notification-url")
    String changeUrl(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID serviceId,
            @ModelAttribute("urlForm") NotificationUrlForm form, BindingResult errors, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        Shop shop = shops.get(user.merchantId(), serviceId);
        form.validate(errors);
        if (errors.hasErrors()
                || !passwords.confirm(user, form.getUrlPassword(), request.getRemoteAddr(), errors, "urlPassword")) {
            form.setUrlPassword("");
            return page.render(user, shop, model);
        }
        String url = form.valueToStore();
        notifications.changeUrl(user.merchantId(), serviceId, url, user.id());
        redirect.addFlashAttribute("success", url == null ? "integration.url.cleared" : "integration.url.saved");
        return "redirect:/shops/" + serviceId + "/integration#notification-url";
    }

    @PostMapping("/emails")
    String replaceEmails(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID serviceId,
            @ModelAttribute("emailsForm") NotificationEmailsForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        Shop shop = shops.get(user.merchantId(), serviceId);
        form.validate(errors);
        if (errors.hasErrors()) {
            return page.render(user, shop, model);
        }
        notifications.replaceEmails(user.merchantId(), serviceId, form.addresses(), user.id());
        redirect.addFlashAttribute("success", "integration.emails.saved");
        return "redirect:/shops/" + serviceId + "/integration#notification-emails";
    }
}
