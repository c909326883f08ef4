package pl.bramka.panel;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import pl.bramka.user.SignedInUser;

@Controller
class StartPageController {

    @GetMapping("/")
    String start(@AuthenticationPrincipal SignedInUser user) {
        return "redirect:" + Navigation.startPageFor(user);
    }
}
