package pl.bramka.mail;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues e-mails. A message is written in the caller's transaction, so it is sent exactly when the change that
 * caused it commits, and survives a crash before delivery. Its subject and body are sealed for their row, so the
 * links they carry are not readable from the database.
 */
@Service
public class Mailer {

    private final MailOutbox outbox;
    private final MailSeal seal;
    private final boolean smtpConfigured;

    Mailer(MailOutbox outbox, MailSeal seal, ObjectProvider<JavaMailSender> smtp) {
        this.outbox = outbox;
        this.seal = seal;
        this.smtpConfigured = smtp.getIfAvailable() != null;
    }

    @Transactional
    public void send(String recipient, String subject, String body) {
        send(recipient, subject, body, List.of());
    }

    /**
     * Queues a message with files attached, stored with it in the same transaction.
     *
     * @return the message's id in the outbox, to follow its delivery with {@link #deliveries}
     */
    @Transactional
    public long send(String recipient, String subject, String body, List<MailAttachment> attachments) {
        long id = outbox.nextId();
        outbox.add(id, recipient, seal.sealSubject(id, subject), seal.sealBody(id, body),
                smtpConfigured ? "PENDING" : "LOCAL");
        for (int position = 0; position < attachments.size(); position++) {
            outbox.addAttachment(id, position, attachments.get(position));
        }
        return id;
    }

    /** Where each of the given queued messages is; a message whose id is unknown is left out. */
    public Map<Long, MailDelivery> deliveries(Collection<Long> mailIds) {
        return outbox.deliveries(mailIds);
    }

    /** The newest messages of the outbox, readable, for the demo-mode mail page. */
    public List<OutgoingMail> recent(int limit) {
        return outbox.recent(limit).stream().map(seal::open).toList();
    }

    /**
     * The files attached to the given messages of the outbox (without their content), grouped by message in their
     * order; none once a message's body was dropped.
     */
    public Map<Long, List<AttachedFile>> attachedFiles(Collection<Long> mailIds) {
        return outbox.attachedFiles(mailIds).stream()
                .collect(Collectors.groupingBy(AttachedFile::mailId, Collectors.toList()));
    }
}
