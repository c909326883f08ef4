package pl.bramka.mail;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues e-mails. A message is written in the caller's transaction, so it is sent exactly when the change that
 * caused it commits, and survives a crash before delivery.
 */
@Service
public class Mailer {

    private final MailOutbox outbox;
    private final boolean smtpConfigured;

    Mailer(MailOutbox outbox, ObjectProvider<JavaMailSender> smtp) {
        this.outbox = outbox;
        this.smtpConfigured = smtp.getIfAvailable() != null;
    }

    @Transactional
    public void send(String recipient, String subject, String body) {
        outbox.add(recipient, subject, body, smtpConfigured ? "PENDING" : "LOCAL");
    }

    /** The newest messages of the outbox, for the demo-mode mail page. */
    public List<OutgoingMail> recent(int limit) {
        return outbox.recent(limit);
    }
}
