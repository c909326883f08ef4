package pl.bramka.demo;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import pl.bramka.mail.Mailer;

/**
 * The local mail outbox, so a first run needs no mail server: reset and invitation links can be followed from here.
 * Exists only in demo mode, where every account is a demo account.
 */
@Controller
@ConditionalOnProperty(name = "bramka.demo", havingValue = "true")
class DevMailController {

    private static final int SHOWN = 50;

    private final Mailer mailer;

    DevMailController(Mailer mailer) {
        this.mailer = mailer;
    }

    @GetMapping("/dev/mail")
    String outbox(Model model) {
        model.addAttribute("mails", mailer.recent(SHOWN));
        return "demo/mail";
    }
}
