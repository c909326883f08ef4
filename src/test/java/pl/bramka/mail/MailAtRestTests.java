package pl.bramka.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.bramka.HttpVisitor;
import pl.bramka.IntegrationTest;
import pl.bramka.Mailbox;
import pl.bramka.user.Role;

/**
 * The outbox keeps no readable link: subjects and bodies are sealed in their row, a sent message's body is dropped
 * after the retention, and plain text written by an earlier version is still sent and then sealed.
 */
class MailAtRestTests extends IntegrationTest {

    @Autowired
    Mailer mailer;

    @Autowired
    MailHousekeeping housekeeping;

    record StoredRow(String recipient, String subject, String body, String status) {
    }

    @Test
    void aResetLinkIsNeverStoredInPlainText() {
        String email = fixtures.merchantWithAllRoles().email(Role.FINANCE_PASSIVE);
        try (HttpVisitor visitor = HttpVisitor.of(baseUrl())) {
            visitor.submit("/password/forgot", Map.of("email", email));
        }
        MimeMessage delivered = Mailbox.awaitMessage(MAIL, email, "Zmiana hasła");
        String link = Mailbox.linkIn(delivered);
        awaitSent(email);

        StoredRow stored = storedFor(email);
        assertThat(stored.body()).doesNotContain(link.substring(link.lastIndexOf('/') + 1))
                .doesNotContain("/password/reset/");
        assertThat(stored.subject()).doesNotContain("Zmiana hasła");
        try (HttpVisitor developer = HttpVisitor.of(baseUrl())) {
            assertThat(developer.get("/dev/mail").body()).contains(link);
        }
    }

    @Test
    void aSentMessagesTextIsDroppedSevenDaysAfterSendingAndItsRecordStays() {
        String recipient = "retention-" + UUID.randomUUID() + "@example.com";
        mailer.send(recipient, "Zaproszenie", "Link: https://bramka.example/invitation/abc");
        Mailbox.awaitMessage(MAIL, recipient, "Zaproszenie");
        awaitSent(recipient);

        clock.advance(Duration.ofDays(7).minusMinutes(1));
        housekeeping.dropExpiredBodies();
        assertThat(storedFor(recipient).body()).isNotNull();

        clock.advance(Duration.ofMinutes(2));
        housekeeping.dropExpiredBodies();
        StoredRow purged = storedFor(recipient);
        assertThat(purged.body()).isNull();
        assertThat(purged.status()).isEqualTo("SENT");
        assertThat(purged.subject()).isNotBlank();
        try (HttpVisitor developer = HttpVisitor.of(baseUrl())) {
            assertThat(developer.get("/dev/mail").body()).contains(recipient)
                    .contains("Treść usunięta po upływie okresu przechowywania.");
        }
    }

    @Test
    void plainTextLeftByAnEarlierVersionIsStillSentAndThenSealed() {
        String recipient = "legacy-" + UUID.randomUUID() + "@example.com";
        jdbc.sql("insert into mail_outbox (recipient, subject, body, status) values (?, ?, ?, 'PENDING')")
                .params(recipient, "Stary temat", "Stara treść z https://bramka.example/password/reset/xyz").update();

        MimeMessage delivered = Mailbox.awaitMessage(MAIL, recipient, "Stary temat");
        assertThat(Mailbox.body(delivered)).contains("/password/reset/xyz");
        awaitSent(recipient);
        housekeeping.sealPlainText();

        StoredRow sealed = storedFor(recipient);
        assertThat(sealed.subject()).doesNotContain("Stary temat");
        assertThat(sealed.body()).doesNotContain("/password/reset/xyz");
        try (HttpVisitor developer = HttpVisitor.of(baseUrl())) {
            assertThat(developer.get("/dev/mail").body()).contains("Stary temat").contains("/password/reset/xyz");
        }
    }

    private void awaitSent(String recipient) {
        await().atMost(Duration.ofSeconds(20)).until(() -> "SENT".equals(storedFor(recipient).status()));
    }

    private StoredRow storedFor(String recipient) {
        return jdbc.sql("select recipient, subject, body, status from mail_outbox where recipient = ?")
                .param(recipient).query(StoredRow.class).single();
    }
}
