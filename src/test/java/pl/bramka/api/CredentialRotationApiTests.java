package pl.bramka.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.bramka.Fixtures;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.Fixtures.TestShop;
import pl.bramka.HttpVisitor;
import pl.bramka.Mailbox;
import pl.bramka.integration.ShopCredentials;
import pl.bramka.user.Role;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /auth/rotate} as the newest imoje plugin calls it: new token and keys at once, the old ones working
 * through the overlap and not after it, the same answer for a repeat, nothing for another merchant's shop.
 */
class CredentialRotationApiTests extends ApiTest {

    private static final Duration OVERLAP = Duration.ofHours(72);

    @Autowired
    ShopCredentials credentials;

    @Test
    void theOldAndTheNewTokenAndKeysWorkDuringTheOverlapAndOnlyTheNewOnesAfterIt() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        TestShop own = fixtures.shopOf(merchant);

        Answer rotated = rotate(own, own.apiToken(), own.serviceId().toString());

        assertThat(rotated.status()).as(rotated.text()).isEqualTo(200);
        assertThat(rotated.header("x-trace-id")).isNotBlank();
        JsonNode json = rotated.json();
        assertThat(keys(json)).containsExactly("token", "services");
        String newToken = json.get("token").stringValue();
        String newKey = json.at("/services/" + own.serviceId()).stringValue();
        assertThat(keys(json.get("services"))).containsExactly(own.serviceId().toString());
        assertThat(newToken).isNotBlank().isNotEqualTo(own.apiToken());
        assertThat(newKey).isNotBlank().isNotEqualTo(own.serviceKey());

        assertThat(service(own, own.apiToken()).status()).isEqualTo(200);
        assertThat(service(own, newToken).status()).isEqualTo(200);
        assertThat(credentials.currentKey(own.serviceId())).as("notifications are signed with the new key at once")
                .isEqualTo(newKey);
        assertThat(credentials.verifyingKeys(own.serviceId())).containsExactly(newKey, own.serviceKey());

        clock.advance(OVERLAP.minusMinutes(1));
        assertThat(service(own, own.apiToken()).status()).isEqualTo(200);
        assertThat(credentials.verifyingKeys(own.serviceId())).containsExactly(newKey, own.serviceKey());

        clock.advance(Duration.ofMinutes(2));
        Answer old = service(own, own.apiToken());
        assertThat(old.status()).isEqualTo(401);
        assertThat(old.errorCode()).isEqualTo(ApiProblem.UNAUTHORIZED);
        assertThat(service(own, newToken).status()).isEqualTo(200);
        assertThat(credentials.verifyingKeys(own.serviceId())).containsExactly(newKey);
    }

    @Test
    void theShopsHistoryAndTokenListShowTheRotationAndTheRepresentativesAreToldByEmail() throws Exception {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        TestShop own = fixtures.shopOf(merchant);

        assertThat(rotate(own, own.apiToken(), own.serviceId().toString()).status()).isEqualTo(200);

        try (HttpVisitor representative = HttpVisitor.of(baseUrl())) {
            representative.signIn(merchant.email(Role.REPRESENTATIVE), Fixtures.PASSWORD);
            HttpVisitor.Answer data = representative.get("/shops/" + own.serviceId() + "/data");
            assertThat(data.status()).isEqualTo(200);
            assertThat(data.body()).contains("Token API i klucz: zmiana przez wtyczkę");
            HttpVisitor.Answer integration = representative.get("/shops/" + own.serviceId() + "/integration");
            assertThat(integration.body()).as("the replaced token is listed with its end")
                    .contains("Zastąpiony przez wtyczkę; działa do");
        }
        MimeMessage mail = Mailbox.awaitMessage(MAIL, merchant.email(Role.REPRESENTATIVE),
                "Wtyczka sklepu zmieniła token API i klucze");
        assertThat(Mailbox.body(mail)).contains("POST /auth/rotate").doesNotContain(own.serviceKey());
    }

    @Test
    void aRepeatWithinAMinuteGetsTheSameCredentialsAndNeverASecondRotation() {
        TestShop own = fixtures.shopOf(fixtures.merchantWithAllRoles());

        Answer first = rotate(own, own.apiToken(), own.serviceId().toString());
        clock.advance(Duration.ofSeconds(50));
        Answer repeat = rotate(own, own.apiToken(), own.serviceId().toString());

        assertThat(first.status()).isEqualTo(200);
        assertThat(repeat.status()).isEqualTo(200);
        assertThat(repeat.text()).isEqualTo(first.text());
        assertThat(rotations(own.serviceId())).isEqualTo(1);

        clock.advance(Duration.ofMinutes(1));
        Answer late = rotate(own, own.apiToken(), own.serviceId().toString());
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.errorCode()).isEqualTo(ApiProblem.TOKEN_REPLACED);
        assertThat(rotations(own.serviceId())).isEqualTo(1);

        String newToken = first.json().get("token").stringValue();
        assertThat(rotate(own, newToken, own.serviceId().toString()).status()).as("the successor may rotate")
                .isEqualTo(200);
        assertThat(rotations(own.serviceId())).isEqualTo(2);
    }

    @Test
    void twoCallsAtOnceGetTheSameCredentialsFromOneRotation() throws Exception {
        TestShop own = fixtures.shopOf(fixtures.merchantWithAllRoles());
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try {
            Callable<Answer> call = () -> rotate(own, own.apiToken(), own.serviceId().toString());
            Future<Answer> first = callers.submit(call);
            Future<Answer> second = callers.submit(call);

            assertThat(first.get().status()).as(first.get().text()).isEqualTo(200);
            assertThat(second.get().text()).isEqualTo(first.get().text());
            assertThat(rotations(own.serviceId())).isEqualTo(1);
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void anotherMerchantsShopOrAnUnknownOneIsRefusedAndNothingChanges() {
        TestShop own = fixtures.shopOf(fixtures.merchantWithAllRoles());
        TestShop foreign = fixtures.shopOf(fixtures.merchantWithAllRoles());

        for (String service : List.of(foreign.serviceId().toString(), UUID.randomUUID().toString(), "not-a-uuid")) {
            Answer refused = rotate(own, own.apiToken(), own.serviceId().toString(), service);
            assertThat(refused.status()).as(service).isEqualTo(404);
            assertThat(refused.errorCode()).isEqualTo(ApiProblem.NOT_FOUND);
            assertThat(refused.instance()).contains(service);
        }
        Answer empty = post(base(own) + "/auth/rotate", own.apiToken(), "{\"services\":[]}");
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.errorFields()).containsExactly("services");

        assertThat(rotations(own.serviceId())).isZero();
        assertThat(credentials.currentKey(own.serviceId())).isEqualTo(own.serviceKey());
        assertThat(credentials.currentKey(foreign.serviceId())).isEqualTo(foreign.serviceKey());
        clock.advance(OVERLAP.plusHours(1));
        assertThat(service(own, own.apiToken()).status()).isEqualTo(200);
    }

    private Answer rotate(TestShop of, String token, String... services) {
        StringBuilder body = new StringBuilder("{\"services\":[");
        for (int i = 0; i < services.length; i++) {
            body.append(i == 0 ? "" : ",").append('"').append(services[i]).append('"');
        }
        return post(base(of) + "/auth/rotate", token, body.append("]}").toString());
    }

    private Answer service(TestShop of, String token) {
        return get(base(of) + "/service/" + of.serviceId(), token);
    }

    private long rotations(UUID serviceId) {
        return jdbc.sql("select count(*) from shop_change where service_id = ? and field = 'apiCredentialRotation'")
                .param(serviceId).query(Long.class).single();
    }
}
