package pl.bramka.user;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.springframework.context.ApplicationEventPublisher;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.bramka.user.AccountThrottle.Kind;

@Controller
@RequestMapping("/profile")
class ProfileController {

    private final Profiles profiles;
    private final LocaleResolver localeResolver;
    private final AccountThrottle throttle;
    private final TwoFactor twoFactor;
    private final UserSessions sessions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecurityContextRepository securityContextRepository = new HttpSessionSecurityContextRepository();

    ProfileController(Profiles profiles, LocaleResolver localeResolver, AccountThrottle throttle,
            TwoFactor twoFactor, UserSessions sessions, ApplicationEventPublisher events, Clock clock) {
        this.profiles = profiles;
        this.localeResolver = localeResolver;
        this.throttle = throttle;
        this.twoFactor = twoFactor;
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
    }

    /** What the profile shows besides its form: two-factor sign-in and the open sessions. */
    private void addAccountState(SignedInUser user, UserAccount account, HttpSession session, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("twoFactorOn", twoFactor.enabled(user.id()));
        model.addAttribute("sessions", sessions.of(user.id(), session.getId()));
    }

    @GetMapping
    String show(@AuthenticationPrincipal SignedInUser user, HttpSession session, Model model) {
        UserAccount account = profiles.load(user);
        addAccountState(user, account, session, model);
        model.addAttribute("form", ProfileForm.of(account));
        return "user/profile";
    }

    @PostMapping("/sessions/{handle}/sign-out")
    String signOut(@AuthenticationPrincipal SignedInUser user, @PathVariable String handle, HttpSession session,
            RedirectAttributes redirect) {
        sessions.signOut(user.id(), handle, session.getId()).ifPresent(ended -> events.publishEvent(
                new SessionSignedOut(user.id(), user.merchantId(), 1, ended.device(), ended.address(),
                        clock.instant())));
        redirect.addFlashAttribute("success", "sessions.signedOut");
        return "redirect:/profile#sessions";
    }

    @PostMapping("/sessions/sign-out-others")
    String signOutOthers(@AuthenticationPrincipal SignedInUser user, HttpSession session,
            RedirectAttributes redirect) {
        int ended = sessions.signOutOthers(user.id(), session.getId());
        if (ended > 0) {
            events.publishEvent(new SessionSignedOut(user.id(), user.merchantId(), ended, null, null,
                    clock.instant()));
        }
        redirect.addFlashAttribute("success", "sessions.signedOutOthers");
        return "redirect:/profile#sessions";
    }

    @PostMapping
    String update(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("form") ProfileForm form,
            BindingResult errors, Model model, HttpServletRequest request, HttpServletResponse response,
            HttpSession session, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            addAccountState(user, profiles.load(user), session, model);
            return "user/profile";
        }
        profiles.update(user, form);
        refreshSignedInUser(profiles.load(user).toSignedInUser(), request, response);
        localeResolver.setLocale(request, response, Locale.forLanguageTag(form.getLanguage()));
        redirect.addFlashAttribute("success", "profile.saved");
        return "redirect:/profile";
    }

    /**
     * The session keeps the signed-in user; after a change of name it must hold the new one, without the password
     * hash the account record carries.
     */
    private void refreshSignedInUser(SignedInUser refreshed, HttpServletRequest request,
            HttpServletResponse response) {
        refreshed.eraseCredentials();
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

    /** Wrong current passwords count as failed sign-ins of the account and the address, and are locked alike. */
    @PostMapping("/password")
    String changePassword(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") PasswordForm form,
            BindingResult errors, HttpServletRequest request, HttpSession session, RedirectAttributes redirect) {
        String address = request.getRemoteAddr();
        Optional<Instant> locked = throttle.lockedUntil(Kind.PASSWORD, user.email(), address);
        if (locked.isPresent()) {
            errors.rejectValue("currentPassword", "password.current.locked",
                    new Object[] {AccountThrottle.minutesLeft(locked.get(), clock.instant())}, null);
            return "user/password-change";
        }
        if (form.rejectWeakPassword(errors)) {
            return "user/password-change";
        }
        if (!profiles.changePassword(user, form.getCurrentPassword(), form.getPassword(), session.getId())) {
            throttle.recordFailure(Kind.PASSWORD, user.email(), address);
            errors.rejectValue("currentPassword", "password.currentWrong");
            return "user/password-change";
        }
        throttle.recordSuccess(user.email());
        redirect.addFlashAttribute("success", "password.changed");
        return "redirect:/profile";
    }
}
