package pl.bramka.user;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import pl.bramka.mail.Mailer;
import pl.bramka.shared.PublicUrl;

/** The e-mails of the account life cycle, in the recipient's language, with their one-time links. */
@Component
class AccountMails {

    private final Mailer mailer;
    private final MessageSource messages;
    private final AccountSettings settings;
    private final PublicUrl publicUrl;

    AccountMails(Mailer mailer, MessageSource messages, AccountSettings settings, PublicUrl publicUrl) {
        this.mailer = mailer;
        this.messages = messages;
        this.settings = settings;
        this.publicUrl = publicUrl;
    }

    void sendInvitation(UserAccount user, String merchantName, String token) {
        String link = publicUrl.of("/invitation/" + token);
        send(user, "mail.invitation", user.firstName(), merchantName, link,
                settings.invitationValidity().toHours());
    }

    void sendPasswordReset(UserAccount user, String token) {
        String link = publicUrl.of("/password/reset/" + token);
        send(user, "mail.passwordReset", user.firstName(), link, settings.passwordResetValidity().toMinutes());
    }

    private void send(UserAccount user, String key, Object... arguments) {
        String subject = messages.getMessage(key + ".subject", null, user.locale());
        String body = messages.getMessage(key + ".body", arguments, user.locale());
        mailer.send(user.email(), subject, body);
    }
}
