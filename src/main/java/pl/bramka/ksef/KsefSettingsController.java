package pl.bramka.ksef;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.bramka.user.AsksForSecondFactor;
import pl.bramka.user.PasswordReconfirmation;
import pl.bramka.user.SignedInUser;

/**
 * The merchant's KSeF settings (Representative only): sending on or off, the environment, consumers' invoices too,
 * and the KSeF token, which is replaced only after the password (and code) is typed again and never shown back
 * beyond its last characters.
 */
@Controller
@AsksForSecondFactor
@RequestMapping("/invoices/ksef")
class KsefSettingsController {

    private static final String PAGE = "ksef/settings";

    private final KsefConfiguration configuration;
    private final PasswordReconfirmation passwords;
    private final KsefQueue queue;

    KsefSettingsController(KsefConfiguration configuration, PasswordReconfirmation passwords, KsefQueue queue) {
        this.configuration = configuration;
        this.passwords = passwords;
        this.queue = queue;
    }

    @GetMapping
    String show(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("ksefSettings", KsefSettingsForm.of(configuration.viewOf(user.merchantId())));
        model.addAttribute("tokenForm", new KsefTokenForm());
        return page(user.merchantId(), model);
    }

    @PostMapping
    String choose(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("ksefSettings") KsefSettingsForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (form.isEnabled() && !configuration.merchantHasNip(user.merchantId())) {
            errors.rejectValue("enabled", "ksef.enabled.noNip");
        } else if (form.isEnabled() && !configuration.hasToken(user.merchantId())) {
            errors.rejectValue("enabled", "ksef.enabled.noToken");
        }
        if (errors.hasErrors()) {
            model.addAttribute("tokenForm", new KsefTokenForm());
            return page(user.merchantId(), model);
        }
        configuration.choose(user.merchantId(), form.isEnabled(), form.getEnvironment(), form.isIncludeConsumers(),
                user.id());
        redirect.addFlashAttribute("success", "ksef.settings.saved");
        return "redirect:/invoices/ksef";
    }

    @PostMapping("/token")
    String replaceToken(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("tokenForm") KsefTokenForm form,
            BindingResult errors, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        form.validate(errors);
        if (errors.hasErrors() || !passwords.confirm(user, form.getTokenPassword(), form.getTokenCode(),
                request.getRemoteAddr(), errors, "tokenPassword", "tokenCode")) {
            form.forget();
            model.addAttribute("ksefSettings", KsefSettingsForm.of(configuration.viewOf(user.merchantId())));
            return page(user.merchantId(), model);
        }
        configuration.replaceToken(user.merchantId(), form.trimmed(), user.id());
        redirect.addFlashAttribute("success", "ksef.token.saved");
        return "redirect:/invoices/ksef#token";
    }

    private String page(UUID merchantId, Model model) {
        KsefConfiguration.View view = configuration.viewOf(merchantId);
        model.addAttribute("tokenHint", view.tokenHint().orElse(null));
        model.addAttribute("hasNip", configuration.merchantHasNip(merchantId));
        model.addAttribute("environments", KsefEnvironment.values());
        model.addAttribute("queue", queue.summaryOf(merchantId));
        return PAGE;
    }
}
