package pl.bramka.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import pl.bramka.user.AccountThrottle;
import pl.bramka.user.AccountThrottle.Kind;
import pl.bramka.user.SignedInUser;
import pl.bramka.user.TwoFactor;
import pl.bramka.user.UserManagement;

/**
 * The second step of sign-in for users with two-factor sign-in: the code from their authenticator, or a recovery
 * code. Wrong codes count per account and address like wrong passwords (on their own keys), and lock alike.
 */
@Controller
class SecondFactorController {

    /** The password step is forgotten if the code does not follow within this time. */
    static final Duration CODE_WAIT = Duration.ofMinutes(5);

    /** Where a code without a password step before it (or after too long) is sent. */
    private static final String START_AGAIN = "/login?codeExpired";

    private final TwoFactor twoFactor;
    private final UserManagement users;
    private final AccountThrottle throttle;
    private final SignInCompletion completion;
    private final Clock clock;
    private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();
    private final SavedRequestAwareAuthenticationSuccessHandler onwards =
            new SavedRequestAwareAuthenticationSuccessHandler();

    SecondFactorController(TwoFactor twoFactor, UserManagement users, AccountThrottle throttle,
            SignInCompletion completion, Clock clock) {
        this.twoFactor = twoFactor;
        this.users = users;
        this.throttle = throttle;
        this.completion = completion;
        this.clock = clock;
        onwards.setDefaultTargetUrl("/");
    }

    @GetMapping("/login/code")
    String form(HttpSession session) {
        return pending(session).isPresent() ? "security/login-code" : "redirect:" + START_AGAIN;
    }

    @PostMapping("/login/code")
    String check(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
            HttpServletResponse response, HttpSession session, Model model) throws IOException, ServletException {
        Optional<PendingSignIn> pending = pending(session);
        if (pending.isEmpty()) {
            return "redirect:" + START_AGAIN;
        }
        String address = request.getRemoteAddr();
        Optional<Instant> locked = throttle.lockedUntil(Kind.SECOND_FACTOR, pending.get().email(), address);
        if (locked.isPresent()) {
            model.addAttribute("codeError", "twoFactor.code.locked");
            model.addAttribute("lockedMinutes", AccountThrottle.minutesLeft(locked.get(), clock.instant()));
            return "security/login-code";
        }
        TwoFactor.CodeCheck checked = twoFactor.check(pending.get().userId(), code);
        if (checked == TwoFactor.CodeCheck.REJECTED) {
            throttle.recordFailure(Kind.SECOND_FACTOR, pending.get().email(), address);
            model.addAttribute("codeError", "twoFactor.code.wrong");
            return "security/login-code";
        }
        Optional<SignedInUser> user = users.findForSignIn(pending.get().email())
                .filter(found -> found.id().equals(pending.get().userId()) && found.isEnabled());
        session.removeAttribute(PendingSignIn.ATTRIBUTE);
        if (user.isEmpty()) {
            return "redirect:/login";
        }
        signIn(user.get(), request, response);
        return null;
    }

    private void signIn(SignedInUser user, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        user.eraseCredentials();
        request.changeSessionId();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contextRepository.saveContext(context, request, response);
        completion.complete(user, request, response);
        onwards.onAuthenticationSuccess(request, response, authentication);
    }

    private Optional<PendingSignIn> pending(HttpSession session) {
        if (session.getAttribute(PendingSignIn.ATTRIBUTE) instanceof PendingSignIn pending) {
            if (clock.instant().isBefore(pending.passwordCheckedAt().plus(CODE_WAIT))) {
                return Optional.of(pending);
            }
            session.removeAttribute(PendingSignIn.ATTRIBUTE);
        }
        return Optional.empty();
    }
}
