package pl.bramka.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import pl.bramka.Fixtures;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.IntegrationTest;
import pl.bramka.shop.ShopManagement;
import pl.bramka.user.Role;
import pl.bramka.user.SignedInUser;

/**
 * Who may reach the integration tab: only the Representative and the Technical user of the shop's own merchant.
 * Every route is requested with inputs that would succeed, so a refusal is the only reason nothing changes.
 */
class IntegrationAccessTests extends IntegrationTest {

    record Call(HttpMethod method, String path, Map<String, String> params) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ShopManagement shopManagement;

    @Autowired
    ShopKeys keys;

    @Autowired
    ApiTokens tokens;

    TestMerchant merchant;
    UUID serviceId;
    String key;

    @BeforeEach
    void shopWithAToken() {
        merchant = fixtures.merchantWithAllRoles();
        serviceId = shopManagement.register(merchant.id(), "Sklep", "https://sklep.example.com");
        key = keys.current(serviceId);
        tokens.create(serviceId, "Produkcja", ApiScope.all(), null);
    }

    @Test
    void financeUsersAreRefusedEveryIntegrationRouteAndSeeNoKey() throws Exception {
        String before = state();
        for (Role role : List.of(Role.FINANCE_PASSIVE, Role.FINANCE_ACTIVE)) {
            List<String> answers = new ArrayList<>();
            for (Call call : calls()) {
                MockHttpServletResponse response = perform(call, fixtures.signedIn(merchant.email(role)));
                if (response.getStatus() != 403) {
                    answers.add(call + " → " + response.getStatus());
                }
                assertThat(response.getContentAsString()).as(call.toString()).doesNotContain(key);
            }
            assertThat(answers).as(role.name()).isEmpty();
        }
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void anotherMerchantsRepresentativeFindsNothing() throws Exception {
        SignedInUser stranger = fixtures.signedIn(fixtures.merchantWithAllRoles().email(Role.REPRESENTATIVE));
        String before = state();
        List<String> answers = new ArrayList<>();
        for (Call call : calls()) {
            MockHttpServletResponse response = perform(call, stranger);
            if (response.getStatus() != 404) {
                answers.add(call + " → " + response.getStatus());
            }
            assertThat(response.getContentAsString()).as(call.toString()).doesNotContain(key);
        }
        assertThat(answers).isEmpty();
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void theRepresentativeAndTheTechnicalUserOpenTheTab() throws Exception {
        for (Role role : List.of(Role.REPRESENTATIVE, Role.TECHNICAL)) {
            MockHttpServletResponse response = perform(new Call(HttpMethod.GET, base(), Map.of()),
                    fixtures.signedIn(merchant.email(role)));
            assertThat(response.getStatus()).as(role.name()).isEqualTo(200);
            assertThat(response.getContentAsString()).contains(serviceId.toString()).doesNotContain(key);
        }
    }

    private List<Call> calls() {
        UUID tokenId = tokens.list(serviceId).get(0).id();
        Map<String, String> password = Map.of("password", Fixtures.PASSWORD);
        return List.of(
                new Call(HttpMethod.GET, base(), Map.of()),
                new Call(HttpMethod.POST, base() + "/key/reveal", password),
                new Call(HttpMethod.GET, base() + "/key/rotate", Map.of()),
                new Call(HttpMethod.POST, base() + "/key/rotate", Map.of("overlapHours", "1", "password",
                        Fixtures.PASSWORD)),
                new Call(HttpMethod.POST, base() + "/tokens", Map.of("tokenName", "Intruz", "tokenPassword", Fixtures.PASSWORD)),
                new Call(HttpMethod.GET, base() + "/tokens/" + tokenId + "/revoke", Map.of()),
                new Call(HttpMethod.POST, base() + "/tokens/" + tokenId + "/revoke", Map.of()),
                new Call(HttpMethod.POST, base() + "/notification-url", Map.of("notificationUrl",
                        "https://intruz.example.com", "urlPassword", Fixtures.PASSWORD)),
                new Call(HttpMethod.POST, base() + "/emails", Map.of("emails", "intruz@example.com")),
                new Call(HttpMethod.POST, base() + "/accounting-key", Map.of("accountingKey", "intruder-key")),
                new Call(HttpMethod.POST, base() + "/accounting-key/remove", Map.of()));
    }

    private String base() {
        return "/shops/" + serviceId + "/integration";
    }

    private MockHttpServletResponse perform(Call call, SignedInUser principal) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(call.method(), call.path())
                .with(csrf()).with(user(principal));
        call.params().forEach(request::param);
        return mvc.perform(request).andReturn().getResponse();
    }

    /** Everything the routes could change, as one comparable text. */
    private String state() {
        return String.join("|",
                jdbc.sql("select coalesce(notification_url, '-') || coalesce(accounting_key, '-') from shop "
                        + "where service_id = ?").param(serviceId).query(String.class).single(),
                jdbc.sql("select count(*) || '/' || count(revoked_at) from api_token where service_id = ?")
                        .param(serviceId).query(String.class).single(),
                jdbc.sql("select count(*) || '/' || count(retired_at) from shop_key where service_id = ?")
                        .param(serviceId).query(String.class).single(),
                jdbc.sql("select count(*)::text from shop_notification_email where service_id = ?")
                        .param(serviceId).query(String.class).single(),
                jdbc.sql("select count(*)::text from shop_change where service_id = ?")
                        .param(serviceId).query(String.class).single());
    }
}
