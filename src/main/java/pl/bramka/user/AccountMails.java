package pl.bramka.user;

import java.net.URI;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import pl.bramka.mail.Mailer;

/** The e-mails of the account life cycle, in the recipient's language, with their one-time links. */
@Component
class AccountMails {

    private final Mailer mailer;
    private final MessageSource messages;
    private final AccountSettings settings;

    AccountMails(Mailer mailer, MessageSource messages, AccountSettings settings) {
        this.mailer = mailer;
        this.messages = messages;
        this.settings = settings;
    }

    void sendInvitation(UserAccount user, String merchantName, String token) {
        String link = baseUrl() + "/invitation/" + token;
        send(user, "mail.invitation", user.firstName(), merchantName, link,
                settings.invitationValidity().toHours());
    }

    void sendPasswordReset(UserAccount user, String token) {
        String link = baseUrl() + "/password/reset/" + token;
        send(user, "mail.passwordReset", user.firstName(), link, settings.passwordResetValidity().toMinutes());
    }

    private void send(UserAccount user, String key, Object... arguments) {
        String subject = messages.getMessage(key + ".subject", null, user.locale());
        String body = messages.getMessage(key + ".body", arguments, user.locale());
        mailer.send(user.email(), subject, body);
    }

    private String baseUrl() {
        URI configured = settings.publicUrl();
        String base = configured != null ? configured.toString()
                : ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
