package pl.bramka.mail;

import org.springframework.stereotype.Component;
import pl.bramka.secret.OpenedSecret;
import pl.bramka.secret.SealedColumn;
import pl.bramka.secret.SecretBox;

/**
 * Seals a message's subject and body for its row of {@code mail_outbox} and opens them again. A value sealed under a
 * previous key is stored back sealed under the current one when read, unless the row changed meanwhile.
 */
@Component
class MailSeal {

    private static final String TABLE = "mail_outbox";

    private final SecretBox secrets;
    private final MailOutbox outbox;

    MailSeal(SecretBox secrets, MailOutbox outbox) {
        this.secrets = secrets;
        this.outbox = outbox;
    }

    String sealSubject(long id, String subject) {
        return secrets.seal(subject, subjectOf(id));
    }

    String sealBody(long id, String body) {
        return secrets.seal(body, bodyOf(id));
    }

    /** The readable message; plain-text rows of an earlier version are taken as they are. */
    OutgoingMail open(StoredMail mail) {
        if (!mail.sealed()) {
            return new OutgoingMail(mail.id(), mail.recipient(), mail.subject(), mail.body(), mail.status(),
                    mail.createdAt());
        }
        OpenedSecret subject = secrets.open(mail.subject(), subjectOf(mail.id()));
        subject.replacement().ifPresent(resealed -> outbox.replaceSealedSubject(mail.id(), mail.subject(), resealed));
        String body = null;
        if (mail.body() != null) {
            OpenedSecret opened = secrets.open(mail.body(), bodyOf(mail.id()));
            opened.replacement().ifPresent(resealed -> outbox.replaceSealedBody(mail.id(), mail.body(), resealed));
            body = opened.plaintext();
        }
        return new OutgoingMail(mail.id(), mail.recipient(), subject.plaintext(), body, mail.status(),
                mail.createdAt());
    }

    private static SealedColumn subjectOf(long id) {
        return new SealedColumn(TABLE, "subject", id);
    }

    private static SealedColumn bodyOf(long id) {
        return new SealedColumn(TABLE, "body", id);
    }
}
