package pl.bramka.operator;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The console's sign-in page (the filter chain checks the password) and its start. */
@Controller
class OperatorSignInController {

    @GetMapping("/operator/login")
    String login(@RequestParam(required = false) @Nullable String error,
            @RequestParam(required = false) @Nullable String logout, Model model) {
        model.addAttribute("loginError", error != null);
        model.addAttribute("loggedOut", logout != null);
        return "operator/login";
    }

    @GetMapping("/operator")
    String start() {
        return "redirect:/operator/merchants";
    }
}
