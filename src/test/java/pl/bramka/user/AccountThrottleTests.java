package pl.bramka.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import pl.bramka.Fixtures;
import pl.bramka.HttpVisitor;
import pl.bramka.IntegrationTest;

/**
 * Reset requests and the profile's current-password check are limited like sign-in: five within 15 minutes for one
 * account or from one address, then 15 minutes of refusal that changes nothing else.
 */
class AccountThrottleTests extends IntegrationTest {

    /** A trusted proxy in the test profile: through it, each request can come from a client address of its own. */
    private static final String PROXY = "127.0.0.2";
    private static final String SENT = "Jeśli konto z tym adresem istnieje, wysłaliśmy na nie link";
    private static final String RESET_LOCKED = "Zbyt wiele próśb o zmianę hasła";

    @Test
    void aSixthResetRequestForOneAccountIsRefusedAlikeWhetherTheAccountExistsOrNot() {
        String existing = fixtures.merchantWithAllRoles().email(Role.FINANCE_ACTIVE);
        String unknown = "nobody-" + UUID.randomUUID() + "@example.com";
        for (String email : new String[] {existing, unknown}) {
            for (int i = 1; i <= 5; i++) {
                assertThat(requestReset(email, "203.0.113." + i)).contains(SENT);
            }

            String refused = requestReset(email, "203.0.113.6");
            assertThat(refused).contains(RESET_LOCKED + ". Ze względów bezpieczeństwa spróbuj ponownie za 15 min.")
                    .doesNotContain(SENT);
        }
        assertThat(mailsTo(existing)).isEqualTo(5);
    }

    @Test
    void aSixthResetRequestFromOneAddressIsRefusedAndSendsNothing() {
        for (int i = 0; i < 5; i++) {
            requestReset("guess-" + i + "-" + UUID.randomUUID() + "@example.com", "198.51.100.7");
        }
        String victim = fixtures.merchantWithAllRoles().email(Role.REPRESENTATIVE);

        assertThat(requestReset(victim, "198.51.100.7")).contains(RESET_LOCKED).doesNotContain(SENT);
        assertThat(mailsTo(victim)).isZero();
        assertThat(requestReset(victim, "198.51.100.8")).contains(SENT);
    }

    @Test
    void aSixthWrongCurrentPasswordLocksThePasswordChangeEvenForTheRightOne() {
        String email = fixtures.merchantWithAllRoles().email(Role.TECHNICAL);
        String hashBefore = passwordHashOf(email);
        try (HttpVisitor user = HttpVisitor.of(baseUrl())) {
            user.signIn(email, Fixtures.PASSWORD);
            for (int i = 0; i < 5; i++) {
                assertThat(changePassword(user, "wrong guess " + i)).contains("Obecne hasło jest nieprawidłowe.");
            }

            assertThat(changePassword(user, Fixtures.PASSWORD)).contains("Zbyt wiele nieudanych prób podania "
                    + "obecnego hasła. Ze względów bezpieczeństwa spróbuj ponownie za 15 min.");
        }
        assertThat(passwordHashOf(email)).isEqualTo(hashBefore);
        assertThat(jdbc.sql("select count(*) from sign_in_lock where throttle_key = ?")
                .param("account:" + email).query(Integer.class).single()).as("the same lock as sign-in's").isOne();
    }

    private String requestReset(String email, String clientAddress) {
        try (HttpVisitor visitor = HttpVisitor.from(baseUrl(), PROXY).header("X-Forwarded-For", clientAddress)) {
            return visitor.submit("/password/forgot", Map.of("email", email)).body();
        }
    }

    private static String changePassword(HttpVisitor user, String currentPassword) {
        return user.submit("/profile/password", Map.of("currentPassword", currentPassword,
                "password", "a brand new passphrase", "confirmation", "a brand new passphrase")).body();
    }

    private int mailsTo(String recipient) {
        return jdbc.sql("select count(*) from mail_outbox where recipient = ?").param(recipient)
                .query(Integer.class).single();
    }

    private String passwordHashOf(String email) {
        return jdbc.sql("select password_hash from user_account where email = ?").param(email)
                .query(String.class).single();
    }
}
