package pl.bramka.user;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/profile")
class ProfileController {

    private final Profiles profiles;
    private final LocaleResolver localeResolver;
    private final SecurityContextRepository securityContextRepository = new HttpSessionSecurityContextRepository();

    ProfileController(Profiles profiles, LocaleResolver localeResolver) {
        this.profiles = profiles;
        this.localeResolver = localeResolver;
    }

    @GetMapping
    String show(@AuthenticationPrincipal SignedInUser user, Model model) {
        UserAccount account = profiles.load(user);
        model.addAttribute("account", account);
        model.addAttribute("form", ProfileForm.of(account));
        return "user/profile";
    }

    @PostMapping
    String update(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("form") ProfileForm form,
            BindingResult errors, Model model, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            model.addAttribute("account", profiles.load(user));
            return "user/profile";
        }
        profiles.update(user, form);
        refreshSignedInUser(profiles.load(user).toSignedInUser(), request, response);
        localeResolver.setLocale(request, response, Locale.forLanguageTag(form.getLanguage()));
        redirect.addFlashAttribute("success", "profile.saved");
        return "redirect:/profile";
    }

    /** The session keeps the signed-in user; after a change of name it must hold the new one. */
    private void refreshSignedInUser(SignedInUser refreshed, HttpServletRequest request,
            HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(refreshed, null,
                refreshed.getAuthorities()));
        SecurityContextHolder.setContext(context);
        securityContextRepository.saveContext(context, request, response);
    }

    @GetMapping("/password")
    String passwordForm(Model model) {
        model.addAttribute("form", new PasswordForm());
        return "user/password-change";
    }

    @PostMapping("/password")
    String changePassword(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") PasswordForm form,
            BindingResult errors, HttpSession session, RedirectAttributes redirect) {
        if (form.rejectWeakPassword(errors)) {
            return "user/password-change";
        }
        if (!profiles.changePassword(user, form.getCurrentPassword(), form.getPassword(), session.getId())) {
            errors.rejectValue("currentPassword", "password.currentWrong");
            return "user/password-change";
        }
        redirect.addFlashAttribute("success", "password.changed");
        return "redirect:/profile";
    }
}
