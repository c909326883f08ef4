package pl.bramka.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import pl.bramka.Fixtures;
import pl.bramka.HttpVisitor;
import pl.bramka.IntegrationTest;

/** Sessions live in the database; what they hold must be worth nothing to someone who reads that table. */
class SessionContentsTests extends IntegrationTest {

    @Test
    void theStoredSessionHoldsNoPasswordHashAfterSignInOrAProfileChange() {
        String email = fixtures.merchantWithAllRoles().email(Role.FINANCE_PASSIVE);
        UUID userId = fixtures.signedIn(email).id();
        try (HttpVisitor user = HttpVisitor.of(baseUrl())) {
            user.signIn(email, Fixtures.PASSWORD);
            assertThat(storedSessionOf(userId)).isNotEmpty().noneMatch(bytes -> bytes.contains("$argon2"));

            assertThat(user.submit("/profile", Map.of("firstName", "Ewa", "lastName", "Nowa", "language", "pl",
                    "ordersView", "TRANSACTIONS")).status()).isEqualTo(302);
            assertThat(storedSessionOf(userId)).isNotEmpty().noneMatch(bytes -> bytes.contains("$argon2"));
            assertThat(user.get("/profile").body()).contains("Ewa Nowa");
        }
    }

    /** Every attribute of the user's sessions, as raw bytes read as Latin-1 (serialized strings are ASCII here). */
    private List<String> storedSessionOf(UUID userId) {
        return jdbc.sql("""
                select a.attribute_bytes from spring_session s
                join spring_session_attributes a on a.session_primary_id = s.primary_id
                where s.principal_name = ?""").param(userId.toString())
                .query((rs, row) -> new String(rs.getBytes(1), StandardCharsets.ISO_8859_1)).list();
    }
}
