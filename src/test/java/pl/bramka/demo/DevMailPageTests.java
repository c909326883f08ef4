package pl.bramka.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import pl.bramka.HttpVisitor;
import pl.bramka.IntegrationTest;

/**
 * The local outbox shows every merchant's mail with live links, so it answers only on the machine it runs on; the
 * rest of the world gets the page any unknown address gets.
 */
class DevMailPageTests extends IntegrationTest {

    @Test
    void theLocalMailPageAnswersOnlyToThisMachine() {
        try (HttpVisitor local = HttpVisitor.of(baseUrl())) {
            assertThat(local.get("/dev/mail").status()).isEqualTo(200);
        }
        // 127.0.0.2 is a trusted proxy in the test profile, forwarding for a client elsewhere
        try (HttpVisitor remote = HttpVisitor.from(baseUrl(), "127.0.0.2").header("X-Forwarded-For", "203.0.113.7")) {
            HttpVisitor.Answer mailPage = remote.get("/dev/mail");
            HttpVisitor.Answer unknownPage = remote.get("/css/no-such-page.css");

            assertThat(mailPage.status()).isEqualTo(404);
            assertThat(unknownPage.status()).isEqualTo(404);
            assertThat(withoutSupportCode(mailPage)).isEqualTo(withoutSupportCode(unknownPage));
        }
    }

    /** Each answer's page shows its own request id as the support code. */
    private static String withoutSupportCode(HttpVisitor.Answer answer) {
        return answer.body().replace(answer.header("X-Request-Id"), "");
    }
}
