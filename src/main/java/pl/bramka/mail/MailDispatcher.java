package pl.bramka.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import pl.bramka.secret.SecretNotOpened;

/**
 * Delivers pending outbox messages over SMTP, their attachments as MIME parts, retrying with a doubling delay. On
 * shutdown the message being sent is finished and the rest of the claimed batch is given back, due at once for
 * another node, instead of waiting out the claim.
 */
@Component
@ConditionalOnProperty("spring.mail.host")
class MailDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final int BATCH = 20;
    private static final Duration CLAIM = Duration.ofMinutes(2);

    private final MailOutbox outbox;
    private final MailSeal seal;
    private final JavaMailSender smtp;
    private final MailSettings settings;
    private final Clock clock;
    private final Duration stopWithin;
    private final ReentrantLock delivering = new ReentrantLock();
    private volatile boolean stopping;

    MailDispatcher(MailOutbox outbox, MailSeal seal, JavaMailSender smtp, MailSettings settings, Clock clock,
            @Value("${spring.lifecycle.timeout-per-shutdown-phase:30s}") Duration stopWithin) {
        this.outbox = outbox;
        this.seal = seal;
        this.smtp = smtp;
        this.settings = settings;
        this.clock = clock;
        this.stopWithin = stopWithin;
    }

    @Scheduled(fixedDelayString = "${bramka.mail.poll-interval:1s}")
    void deliverDue() {
        delivering.lock();
        try {
            if (stopping) {
                return;
            }
            Instant now = clock.instant();
            Instant claimedUntil = now.plus(CLAIM);
            List<StoredMail> claimed = outbox.claimDue(BATCH, now, claimedUntil);
            int sent = 0;
            while (sent < claimed.size() && !stopping) {
                deliver(claimed.get(sent++));
            }
            outbox.release(claimed.subList(sent, claimed.size()).stream().map(StoredMail::id).toList(), claimedUntil,
                    now);
        }
        finally {
            delivering.unlock();
        }
    }

    @Override
    public void start() {
        stopping = false;
    }

    /** Claims no more, and waits within the shutdown phase for the message being sent. */
    @Override
    public void stop() {
        stopping = true;
        try {
            if (delivering.tryLock(stopWithin.toMillis(), TimeUnit.MILLISECONDS)) {
                delivering.unlock();
            }
        }
        catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return !stopping;
    }

    /** Base64 keeps the bytes as given: a text attachment (a CSV, say) would otherwise get its line ends changed. */
    private static MimeBodyPart partOf(MailAttachment attachment) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
        part.setDisposition(Part.ATTACHMENT);
        part.setFileName(attachment.fileName());
        part.setHeader("Content-Transfer-Encoding", "base64");
        return part;
    }

    private void deliver(StoredMail claimed) {
        try {
            OutgoingMail mail = seal.open(claimed);
            List<MailAttachment> attachments = outbox.attachmentsOf(mail.id());
            MimeMessage message = smtp.createMimeMessage();
            // A message without attachments stays a single text part, as before attachments existed.
            MimeMessageHelper helper = new MimeMessageHelper(message, !attachments.isEmpty(), "UTF-8");
            helper.setFrom(settings.from());
            helper.setTo(mail.recipient());
            helper.setSubject(mail.subject());
            helper.setText(mail.body());
            for (MailAttachment attachment : attachments) {
                helper.getRootMimeMultipart().addBodyPart(partOf(attachment));
            }
            smtp.send(message);
            outbox.markSent(mail.id(), clock.instant());
        }
        catch (MailException | MessagingException | SecretNotOpened e) {
            int attempts = outbox.attemptsOf(claimed.id());
            Duration delay = settings.retryDelay().multipliedBy(1L << Math.min(attempts - 1, 16));
            log.warn("E-mail {} to {} not delivered (attempt {}): {}", claimed.id(), claimed.recipient(), attempts,
                    e.getMessage());
            outbox.markAttemptFailed(claimed.id(), String.valueOf(e.getMessage()), settings.maxAttempts(),
                    clock.instant().plus(delay));
        }
    }
}
