package pl.bramka.demo;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;
import pl.bramka.mail.Mailer;
import pl.bramka.mail.OutgoingMail;

/**
 * The local mail outbox, so a first run needs no mail server: reset and invitation links can be followed from here.
 * Exists only in demo mode, and answers only to the machine it runs on: it shows every merchant's mail with live
 * links, so anyone else gets the page an unknown address gets.
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
    String outbox(HttpServletRequest request, Model model) {
        if (!fromThisMachine(request)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        List<OutgoingMail> mails = mailer.recent(SHOWN);
        model.addAttribute("mails", mails);
        model.addAttribute("attachments", mailer.attachedFiles(mails.stream().map(OutgoingMail::id).toList()));
        return "demo/mail";
    }

    /** The client's address, which behind a trusted proxy is the forwarded one (pl.bramka.security.TrustedProxies). */
    private static boolean fromThisMachine(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        // Only an address literal counts; a name (a forwarded "localhost", say) is never looked up.
        if (address == null || !address.matches("[0-9a-fA-F:.]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        }
        catch (UnknownHostException notAnAddress) {
            return false;
        }
    }
}
