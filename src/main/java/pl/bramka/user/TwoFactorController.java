package pl.bramka.user;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.bramka.user.AccountThrottle.Kind;

/**
 * The profile's two-factor page: enrolment (QR code and the seed in text, confirmed by a first code, then ten
 * recovery codes shown once), new recovery codes in place of the old ones, and turning it off (each of these two
 * after the password and a code).
 */
@Controller
@RequestMapping(TwoFactorEnrolmentGate.ENROLMENT)
class TwoFactorController {

    private final TwoFactor twoFactor;
    private final UserManagement users;
    private final AccountThrottle throttle;
    private final Clock clock;
    private final PasswordReconfirmation passwords;

    TwoFactorController(TwoFactor twoFactor, UserManagement users, AccountThrottle throttle, Clock clock,
            PasswordReconfirmation passwords) {
        this.twoFactor = twoFactor;
        this.users = users;
        this.throttle = throttle;
        this.clock = clock;
        this.passwords = passwords;
    }

    @GetMapping
    String show(@AuthenticationPrincipal SignedInUser user, HttpSession session, Model model) {
        model.addAttribute("requiredNow", session.getAttribute(TwoFactorEnrolmentGate.REQUIRED) != null);
        if (twoFactor.enabled(user.id())) {
            model.addAttribute("recoveryCodesLeft", twoFactor.recoveryCodesLeft(user.id()));
            return "user/two-factor";
        }
        // A reload shows the seed the user may have scanned already
        model.addAttribute("enrolment", twoFactor.pendingEnrolment(user)
                .orElseGet(() -> twoFactor.startEnrolment(user).orElseThrow()));
        return "user/two-factor";
    }

    @PostMapping
    String confirm(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String code,
            HttpSession session, Model model) {
        Optional<List<String>> recoveryCodes = twoFactor.confirmEnrolment(user, code);
        if (recoveryCodes.isEmpty()) {
            model.addAttribute("requiredNow", session.getAttribute(TwoFactorEnrolmentGate.REQUIRED) != null);
            Optional<TwoFactor.Enrolment> pending = twoFactor.pendingEnrolment(user);
            if (pending.isEmpty()) {
                return "redirect:" + TwoFactorEnrolmentGate.ENROLMENT;
            }
            model.addAttribute("enrolment", pending.get());
            model.addAttribute("codeError", "twoFactor.code.wrong");
            return "user/two-factor";
        }
        session.removeAttribute(TwoFactorEnrolmentGate.REQUIRED);
        model.addAttribute("recoveryCodes", recoveryCodes.get());
        return "user/two-factor-codes";
    }

    @GetMapping("/recovery-codes")
    String regeneration(@AuthenticationPrincipal SignedInUser user) {
        return twoFactor.enabled(user.id()) ? "user/two-factor-regenerate"
                : "redirect:" + TwoFactorEnrolmentGate.ENROLMENT;
    }

    /** New recovery codes after the password and a code, shown in this response only. */
    @PostMapping("/recovery-codes")
    String regenerate(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String code, HttpServletRequest request, Model model) {
        if (!twoFactor.enabled(user.id())) {
            return "redirect:" + TwoFactorEnrolmentGate.ENROLMENT;
        }
        Errors errors = new MapBindingResult(new HashMap<>(Map.of("password", "", "code", "")), "regenerateForm");
        if (!passwords.confirm(user, password, code, request.getRemoteAddr(), errors, "password", "code")) {
            FieldError error = errors.getFieldError();
            model.addAttribute("passwordError", "password".equals(error.getField()) ? error : null);
            model.addAttribute("codeError", "code".equals(error.getField()) ? error : null);
            return "user/two-factor-regenerate";
        }
        model.addAttribute("recoveryCodes", twoFactor.regenerateRecoveryCodes(user));
        model.addAttribute("regenerated", true);
        return "user/two-factor-codes";
    }

    /** Wrong passwords count as failed sign-ins, wrong codes as failed codes; either lock as at sign-in. */
    @PostMapping("/disable")
    String disable(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpSession session,
            Model model, RedirectAttributes redirect) {
        if (!twoFactor.enabled(user.id())) {
            return "redirect:" + TwoFactorEnrolmentGate.ENROLMENT;
        }
        String address = request.getRemoteAddr();
        model.addAttribute("recoveryCodesLeft", twoFactor.recoveryCodesLeft(user.id()));
        model.addAttribute("requiredNow", false);
        Optional<Instant> locked = throttle.lockedUntil(Kind.PASSWORD, user.email(), address)
                .or(() -> throttle.lockedUntil(Kind.SECOND_FACTOR, user.email(), address));
        if (locked.isPresent()) {
            model.addAttribute("disableError", "twoFactor.disable.locked");
            model.addAttribute("lockedMinutes", AccountThrottle.minutesLeft(locked.get(), clock.instant()));
            return "user/two-factor";
        }
        if (!users.passwordMatches(user.id(), password)) {
            throttle.recordFailure(Kind.PASSWORD, user.email(), address);
            model.addAttribute("disableError", "twoFactor.disable.wrongPassword");
            return "user/two-factor";
        }
        throttle.recordSuccess(user.email());
        if (twoFactor.check(user.id(), code) == TwoFactor.CodeCheck.REJECTED) {
            throttle.recordFailure(Kind.SECOND_FACTOR, user.email(), address);
            model.addAttribute("disableError", "twoFactor.code.wrong");
            return "user/two-factor";
        }
        twoFactor.disable(user);
        redirect.addFlashAttribute("success", twoFactor.requiredFor(user.merchantId())
                ? "twoFactor.disabled.required" : "twoFactor.disabled");
        return "redirect:/profile";
    }
}
