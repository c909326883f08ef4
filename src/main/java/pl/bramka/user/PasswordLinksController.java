package pl.bramka.user;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.bramka.shared.EmailAddress;
import pl.bramka.user.AccountThrottle.Kind;

/** The public pages behind e-mailed links: forgotten password, password reset, accepting an invitation. */
@Controller
class PasswordLinksController {


    private final AccountRecovery recovery;
    private final AccountThrottle throttle;
    private final Clock clock;

    PasswordLinksController(AccountRecovery recovery, AccountThrottle throttle, Clock clock) {
        this.recovery = recovery;
        this.throttle = throttle;
        this.clock = clock;
    }

    @GetMapping("/password/forgot")
    String forgotForm() {
        return "user/password-forgot";
    }

    /**
     * Every request counts against the account and the client's address, whether the account exists or not, so the
     * limit says nothing about it either.
     */
    @PostMapping("/password/forgot")
    String forgot(@RequestParam(defaultValue = "") String email, HttpServletRequest request, Model model) {
        String trimmed = email.trim();
        if (!EmailAddress.isValid(trimmed)) {
            model.addAttribute("email", email.length() > EmailAddress.MAX_LENGTH ? "" : email);
            model.addAttribute("emailError", trimmed.isEmpty() ? "validation.required" : "validation.email");
            return "user/password-forgot";
        }
        Optional<Instant> locked = throttle.lockedUntil(Kind.RESET_REQUEST, trimmed, request.getRemoteAddr());
        if (locked.isPresent()) {
            model.addAttribute("email", email);
            model.addAttribute("lockedMinutes", AccountThrottle.minutesLeft(locked.get(), clock.instant()));
            return "user/password-forgot";
        }
        throttle.recordFailure(Kind.RESET_REQUEST, trimmed, request.getRemoteAddr());
        recovery.requestPasswordReset(trimmed);
        model.addAttribute("sent", true);
        return "user/password-forgot";
    }

    @GetMapping("/password/reset/{token}")
    String resetForm(@PathVariable String token, Model model) {
        return linkForm(token, AccountTokens.Purpose.PASSWORD_RESET, model);
    }

    @PostMapping("/password/reset/{token}")
    String reset(@PathVariable String token, @ModelAttribute("form") PasswordForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        return useLink(token, AccountTokens.Purpose.PASSWORD_RESET, form, errors, model, redirect,
                "password.reset.done");
    }

    @GetMapping("/invitation/{token}")
    String invitationForm(@PathVariable String token, Model model) {
        return linkForm(token, AccountTokens.Purpose.INVITATION, model);
    }

    @PostMapping("/invitation/{token}")
    String acceptInvitation(@PathVariable String token, @ModelAttribute("form") PasswordForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        return useLink(token, AccountTokens.Purpose.INVITATION, form, errors, model, redirect,
                "invitation.accepted");
    }

    private String linkForm(String token, AccountTokens.Purpose purpose, Model model) {
        model.addAttribute("form", new PasswordForm());
        return page(token, recovery.checkLink(token, purpose), purpose, model);
    }

    private String useLink(String token, AccountTokens.Purpose purpose, PasswordForm form, BindingResult errors,
            Model model, RedirectAttributes redirect, String successKey) {
        if (form.rejectWeakPassword(errors)) {
            return page(token, recovery.checkLink(token, purpose), purpose, model);
        }
        AccountTokens.State state = recovery.usePasswordLink(token, purpose, form.getPassword());
        if (state != AccountTokens.State.VALID) {
            return page(token, state, purpose, model);
        }
        redirect.addFlashAttribute("success", successKey);
        return "redirect:/login";
    }

    private static String page(String token, AccountTokens.State state, AccountTokens.Purpose purpose, Model model) {
        boolean invitation = purpose == AccountTokens.Purpose.INVITATION;
        model.addAttribute("linkState", state.name());
        model.addAttribute("invitation", invitation);
        model.addAttribute("formAction", (invitation ? "/invitation/" : "/password/reset/") + token);
        return "user/password-set";
    }
}
