package pl.bramka.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import pl.bramka.HttpVisitor;
import pl.bramka.IntegrationTest;
import pl.bramka.Mailbox;

/**
 * Files attached to an outgoing message are stored with it in the caller's transaction, arrive as MIME parts byte for
 * byte, are listed on the demo-mode mail page, and are dropped with the body after the retention.
 */
class MailAttachmentTests extends IntegrationTest {

    private static final byte[] PDF = "%PDF-1.4\n\u0000\u00ff binary \r\n tail".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] CSV = "data;kwota\n2026-12-07;12,50\n".getBytes(StandardCharsets.UTF_8);

    @Autowired
    Mailer mailer;

    @Autowired
    MailHousekeeping housekeeping;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void attachmentsArriveByteForByteAndAreDroppedWithTheBody() {
        String recipient = "attachments-" + UUID.randomUUID() + "@example.com";
        mailer.send(recipient, "Raport", "Raport w załączniku.", List.of(
                new MailAttachment("raport grudzień.pdf", "application/pdf", PDF),
                new MailAttachment("raport.csv", "text/csv", CSV)));

        MimeMessage delivered = Mailbox.awaitMessage(MAIL, recipient, "Raport");
        assertThat(Mailbox.body(delivered)).contains("Raport w załączniku.");
        List<Mailbox.Attached> attached = Mailbox.attachments(delivered);
        assertThat(attached).extracting(Mailbox.Attached::fileName).containsExactly("raport grudzień.pdf",
                "raport.csv");
        assertThat(attached.get(0).contentType()).startsWith("application/pdf");
        assertThat(attached.get(0).content()).isEqualTo(PDF);
        assertThat(attached.get(1).content()).isEqualTo(CSV);
        try (HttpVisitor developer = HttpVisitor.of(baseUrl())) {
            assertThat(developer.get("/dev/mail").body()).contains("raport grudzień.pdf (application/pdf, "
                    + PDF.length + " B)");
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> "SENT".equals(jdbc.sql(
                "select status from mail_outbox where recipient = ?").param(recipient).query(String.class).single()));
        clock.advance(Duration.ofDays(7).plusMinutes(1));
        housekeeping.dropExpiredBodies();
        assertThat(attachmentsStoredFor(recipient)).isZero();
    }

    @Test
    void aMessageRolledBackLeavesNoAttachment() {
        String recipient = "rolled-back-" + UUID.randomUUID() + "@example.com";
        transactions.executeWithoutResult(status -> {
            mailer.send(recipient, "Raport", "Treść", List.of(new MailAttachment("raport.csv", "text/csv", CSV)));
            status.setRollbackOnly();
        });
        assertThat(attachmentsStoredFor(recipient)).isZero();
        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = ?").param(recipient)
                .query(Integer.class).single()).isZero();
    }

    private int attachmentsStoredFor(String recipient) {
        return jdbc.sql("select count(*) from mail_attachment a join mail_outbox m on m.id = a.mail_id "
                + "where m.recipient = ?").param(recipient).query(Integer.class).single();
    }
}
