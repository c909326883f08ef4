package pl.bramka.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import pl.bramka.secret.SecretNotOpened;

/** Delivers pending outbox messages over SMTP, retrying with a doubling delay. */
@Component
@ConditionalOnProperty("spring.mail.host")
class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final int BATCH = 20;
    private static final Duration CLAIM = Duration.ofMinutes(2);

    private final MailOutbox outbox;
    private final MailSeal seal;
    private final JavaMailSender smtp;
    private final MailSettings settings;
    private final Clock clock;

    MailDispatcher(MailOutbox outbox, MailSeal seal, JavaMailSender smtp, MailSettings settings, Clock clock) {
        this.outbox = outbox;
        this.seal = seal;
        this.smtp = smtp;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${bramka.mail.poll-interval:1s}")
    void deliverDue() {
        Instant now = clock.instant();
        for (StoredMail mail : outbox.claimDue(BATCH, now, now.plus(CLAIM))) {
            deliver(mail);
        }
    }

    private void deliver(StoredMail claimed) {
        try {
            OutgoingMail mail = seal.open(claimed);
            MimeMessage message = smtp.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
            helper.setFrom(settings.from());
            helper.setTo(mail.recipient());
            helper.setSubject(mail.subject());
            helper.setText(mail.body());
            smtp.send(message);
            outbox.markSent(mail.id(), clock.instant());
        }
        catch (MailException | jakarta.mail.MessagingException | SecretNotOpened e) {
            int attempts = outbox.attemptsOf(claimed.id());
            Duration delay = settings.retryDelay().multipliedBy(1L << Math.min(attempts - 1, 16));
            log.warn("E-mail {} to {} not delivered (attempt {}): {}", claimed.id(), claimed.recipient(), attempts,
                    e.getMessage());
            outbox.markAttemptFailed(claimed.id(), String.valueOf(e.getMessage()), settings.maxAttempts(),
                    clock.instant().plus(delay));
        }
    }
}
