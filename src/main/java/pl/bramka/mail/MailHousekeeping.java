package pl.bramka.mail;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the outbox safe at rest, hourly and on start: seals the plain text earlier versions wrote, and drops the body
 * of every message done with (sent, given up, or kept locally in demo mode) once the retention has passed, keeping
 * the row as its record. Both work in batches of rows no other node holds, so every node may run them.
 */
@Component
class MailHousekeeping {

    private static final int BATCH = 500;

    private final MailOutbox outbox;
    private final MailSeal seal;
    private final MailSettings settings;
    private final TransactionTemplate inTransaction;
    private final Clock clock;

    MailHousekeeping(MailOutbox outbox, MailSeal seal, MailSettings settings, TransactionTemplate inTransaction,
            Clock clock) {
        this.outbox = outbox;
        this.seal = seal;
        this.settings = settings;
        this.inTransaction = inTransaction;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = 1, timeUnit = TimeUnit.HOURS)
    void run() {
        sealPlainText();
        dropExpiredBodies();
    }

    void sealPlainText() {
        int sealed;
        do {
            sealed = inTransaction.execute(status -> {
                List<StoredMail> plain = outbox.lockPlainText(BATCH);
                plain.forEach(mail -> outbox.storeSealed(mail.id(), seal.sealSubject(mail.id(), mail.subject()),
                        mail.body() == null ? null : seal.sealBody(mail.id(), mail.body())));
                return plain.size();
            });
        }
        while (sealed == BATCH);
    }

    void dropExpiredBodies() {
        int dropped;
        do {
            dropped = outbox.dropBodies(clock.instant().minus(settings.retention()), BATCH);
        }
        while (dropped == BATCH);
    }
}
