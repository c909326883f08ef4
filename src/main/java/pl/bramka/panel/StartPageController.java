package pl.bramka.panel;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import pl.bramka.user.SignedInUser;
import pl.bramka.user.UserManagement;

@Controller
class StartPageController {

    private final UserManagement users;

    StartPageController(UserManagement users) {
        this.users = users;
    }

    @GetMapping("/")
    String start(@AuthenticationPrincipal SignedInUser user) {
        return "redirect:" + Navigation.startPageFor(user, users.ordersViewOf(user.id()));
    }
}
