package pl.bramka.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import pl.bramka.Fixtures;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.Fixtures.TestShop;
import pl.bramka.HttpVisitor;
import pl.bramka.IntegrationTest;
import pl.bramka.Mailbox;
import pl.bramka.user.Role;
import tools.jackson.databind.json.JsonMapper;

/**
 * Links that leave the browser (e-mailed one-time links, API answers) name Bramka's own address, whatever Host header
 * the request that caused them carried. The suite runs in demo mode without a public URL, so that address is
 * http://localhost and the server's port.
 */
class PublicUrlTests extends IntegrationTest {

    private static final String FORGED_HOST = "attacker.example";

    @Test
    void aForgedHostHeaderNeverReachesAResetLink() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        String victim = merchant.email(Role.FINANCE_ACTIVE);
        try (HttpVisitor attacker = HttpVisitor.of(baseUrl()).header("Host", FORGED_HOST)) {
            assertThat(attacker.submit("/password/forgot", Map.of("email", victim)).status()).isEqualTo(200);
        }

        MimeMessage mail = Mailbox.awaitMessage(MAIL, victim, "Zmiana hasła");
        assertThat(Mailbox.body(mail)).doesNotContain(FORGED_HOST);
        assertThat(Mailbox.linkIn(mail)).startsWith(baseUrl() + "/password/reset/");
    }

    @Test
    void aForgedHostHeaderNeverReachesAnInvitationLink() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        String invited = "invited-" + merchant.id() + "@example.com";
        try (HttpVisitor representative = HttpVisitor.of(baseUrl()).header("Host", FORGED_HOST)) {
            representative.signIn(merchant.email(Role.REPRESENTATIVE), Fixtures.PASSWORD);
            assertThat(representative.submit("/users/new", Map.of("firstName", "Ola", "lastName", "Nowa",
                    "email", invited, "role", "TECHNICAL", "language", "pl")).status()).isEqualTo(302);
        }

        MimeMessage mail = Mailbox.awaitMessage(MAIL, invited, "Zaproszenie");
        assertThat(Mailbox.body(mail)).doesNotContain(FORGED_HOST);
        assertThat(Mailbox.linkIn(mail)).startsWith(baseUrl() + "/invitation/");
    }

    @Test
    void anApiAnswerNamesThePublicUrlNotTheHostHeader() {
        TestShop shop = fixtures.shopOf(fixtures.merchantWithAllRoles());
        String sale = """
                {"type":"sale","serviceId":"%s","amount":1999,"currency":"PLN","orderId":"Host-1","title":"Order 1",
                 "paymentMethod":"pbl","paymentMethodCode":"ing","successReturnUrl":"https://shop.example.com/ok",
                 "failureReturnUrl":"https://shop.example.com/failed",
                 "customer":{"firstName":"Jan","lastName":"Kowalski","email":"jan@example.com"}}"""
                .formatted(shop.serviceId());
        try (HttpVisitor shopServer = HttpVisitor.of(baseUrl()).header("Host", FORGED_HOST)) {
            HttpVisitor.Answer created = shopServer.postJson("/v1/merchant/" + shop.merchantPublicId()
                    + "/transaction", sale, shop.apiToken());

            assertThat(created.status()).as(created.body()).isEqualTo(200);
            assertThat(JsonMapper.builder().build().readTree(created.body()).at("/action/url").stringValue())
                    .startsWith(baseUrl() + "/pay/");
        }
    }
}
