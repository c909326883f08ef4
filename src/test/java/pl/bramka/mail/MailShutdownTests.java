package pl.bramka.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;
import pl.bramka.IntegrationTest;
import pl.bramka.Mailbox;

/**
 * A node that shuts down finishes the e-mail it is sending and gives back the rest of its claimed batch, due at once
 * for another node rather than after the claim runs out. The messages here are due an hour ahead of the
 * application's own dispatcher, so only the dispatchers of the test take them.
 */
class MailShutdownTests extends IntegrationTest {

    @Autowired
    Mailer mailer;

    @Autowired
    MailOutbox outbox;

    @Autowired
    MailSeal seal;

    @Autowired
    MailSettings settings;

    @Autowired
    TransactionTemplate inTransaction;

    @Test
    void aStoppingNodeSendsTheMessageInFlightAndGivesBackTheRestDueAtOnce() throws Exception {
        Clock ahead = Clock.offset(clock, Duration.ofHours(1));
        String run = UUID.randomUUID().toString();
        List<String> recipients = List.of("first-" + run + "@example.com", "second-" + run + "@example.com",
                "third-" + run + "@example.com");
        List<Long> ids = new ArrayList<>();
        inTransaction.executeWithoutResult(status -> {
            for (String recipient : recipients) {
                ids.add(mailer.send(recipient, "Wyłączanie", "Treść", List.of()));
            }
            jdbc.sql("update mail_outbox set next_attempt_at = ? where id = any(?)")
                    .params(Timestamp.from(ahead.instant()), ids.toArray(Long[]::new)).update();
        });
        HeldSmtp held = new HeldSmtp();
        MailDispatcher stopping = new MailDispatcher(outbox, seal, held, settings, ahead, Duration.ofSeconds(30));
        CompletableFuture<Void> delivering = CompletableFuture.runAsync(stopping::deliverDue);
        held.entered.await();

        CompletableFuture<Void> stopped = CompletableFuture.runAsync(stopping::stop);
        await().atMost(Duration.ofSeconds(10)).until(() -> !stopping.isRunning());
        assertThat(stopped).as("waits for the message in flight").isNotDone();
        held.release.countDown();
        stopped.get();
        delivering.get();

        assertThat(ids).as("the message in flight was sent, the others not tried")
                .filteredOn(id -> statusOf(id).equals("SENT")).hasSize(1);
        Instant checked = ahead.instant();
        assertThat(jdbc.sql("""
                select count(*) from mail_outbox
                where id = any(?) and status = 'PENDING' and attempts = 0 and next_attempt_at <= ?""")
                .params(ids.toArray(Long[]::new), Timestamp.from(checked)).query(Integer.class).single())
                .as("given back, due at once").isEqualTo(2);

        new MailDispatcher(outbox, seal, smtp(), settings, ahead, Duration.ofSeconds(30)).deliverDue();
        for (String recipient : recipients) {
            Mailbox.awaitMessage(MAIL, recipient, "Wyłączanie");
        }
        assertThat(ids).allSatisfy(id -> assertThat(statusOf(id)).isEqualTo("SENT"));
    }

    @Test
    void aReleaseLeavesAMessageThatAnotherNodeClaimedAfterThisClaimRanOut() {
        Instant claimedByThisNode = Instant.parse("2000-01-01T00:00:00Z");
        // Due before anything else in the outbox, so that claims of one message take this one
        long id = inTransaction.execute(status -> {
            long written = mailer.send("late-" + UUID.randomUUID() + "@example.com", "Przejęta", "Treść", List.of());
            jdbc.sql("update mail_outbox set next_attempt_at = ? where id = ?")
                    .params(Timestamp.from(claimedByThisNode), written).update();
            return written;
        });
        Instant thisClaimUntil = claimedByThisNode.plus(Duration.ofMinutes(2));
        assertThat(outbox.claimDue(1, claimedByThisNode, thisClaimUntil)).extracting(StoredMail::id)
                .containsExactly(id);
        Instant otherNodeClaims = thisClaimUntil.plusSeconds(1);
        Instant otherClaimUntil = otherNodeClaims.plus(Duration.ofMinutes(2));
        assertThat(outbox.claimDue(1, otherNodeClaims, otherClaimUntil)).extracting(StoredMail::id)
                .containsExactly(id);

        outbox.release(List.of(id), thisClaimUntil, claimedByThisNode);

        assertThat(jdbc.sql("select next_attempt_at from mail_outbox where id = ?").param(id)
                .query(Timestamp.class).single().toInstant()).as("still the other node's claim")
                .isEqualTo(otherClaimUntil);
        assertThat(jdbc.sql("select attempts from mail_outbox where id = ?").param(id).query(Integer.class).single())
                .isEqualTo(2);
        jdbc.sql("update mail_outbox set next_attempt_at = ? where id = ?").params(Timestamp.from(clock.instant()), id)
                .update();
    }

    private String statusOf(long id) {
        return jdbc.sql("select status from mail_outbox where id = ?").param(id).query(String.class).single();
    }

    private static JavaMailSenderImpl smtp() {
        JavaMailSenderImpl smtp = new JavaMailSenderImpl();
        smtp.setHost("127.0.0.1");
        smtp.setPort(MAIL.getSmtp().getPort());
        return smtp;
    }

    /** The test's SMTP server, reached only once the test lets the first message go. */
    private static final class HeldSmtp extends JavaMailSenderImpl {

        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        HeldSmtp() {
            setHost("127.0.0.1");
            setPort(MAIL.getSmtp().getPort());
        }

        @Override
        protected void doSend(MimeMessage[] messages, Object[] originals) {
            entered.countDown();
            try {
                release.await();
            }
            catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            super.doSend(messages, originals);
        }
    }
}
