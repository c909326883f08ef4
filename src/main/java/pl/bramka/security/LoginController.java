package pl.bramka.security;

import java.time.Clock;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import pl.bramka.user.AccountThrottle;

@Controller
class LoginController {

    private final Clock clock;

    LoginController(Clock clock) {
        this.clock = clock;
    }

    @GetMapping("/login")
    String login(HttpSession session, Model model) {
        Object failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (failure instanceof SignInLocked locked) {
            model.addAttribute("loginError", "login.locked");
            model.addAttribute("lockedMinutes", AccountThrottle.minutesLeft(locked.until(), clock.instant()));
        }
        else if (failure instanceof MerchantBlockedSignIn) {
            model.addAttribute("loginError", "login.merchantBlocked");
        }
        else if (failure instanceof DisabledException) {
            model.addAttribute("loginError", "login.deactivated");
        }
        else if (failure != null) {
            model.addAttribute("loginError", "login.badCredentials");
        }
        return "security/login";
    }
}
