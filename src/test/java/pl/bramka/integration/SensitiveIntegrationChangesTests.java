package pl.bramka.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import pl.bramka.Fixtures;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.IntegrationTest;
import pl.bramka.shop.ShopManagement;
import pl.bramka.user.Role;
import pl.bramka.user.SignedInUser;

/** A new API token and a new notification URL need the password again; a token's scopes are chosen when issued. */
class SensitiveIntegrationChangesTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ShopManagement shopManagement;

    @Autowired
    ApiTokens tokens;

    TestMerchant merchant;
    UUID serviceId;

    @BeforeEach
    void shop() {
        merchant = fixtures.merchantWithAllRoles();
        serviceId = shopManagement.register(merchant.id(), "Sklep", "https://sklep.example.com");
    }

    @Test
    void aTokenIsIssuedWithTheChosenScopesOnlyAfterThePassword() throws Exception {
        SignedInUser representative = fixtures.signedIn(merchant.email(Role.REPRESENTATIVE));
        for (String password : new String[] {"", "not my password"}) {
            issue(representative, password, "READ_TRANSACTIONS", "REFUND").andExpect(status().isOk());
        }
        String noScope = issue(representative, Fixtures.PASSWORD).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(noScope).contains("Zaznacz co najmniej jedno uprawnienie.");
        assertThat(tokens.list(serviceId)).isEmpty();

        issue(representative, Fixtures.PASSWORD, "READ_TRANSACTIONS", "REFUND")
                .andExpect(flash().attribute("success", "integration.token.created"));
        assertThat(tokens.list(serviceId)).singleElement().extracting(ApiToken::scopes)
                .isEqualTo(Set.of(ApiScope.READ_TRANSACTIONS, ApiScope.REFUND));
    }

    @Test
    void onlyARepresentativeIssuesATokenThatRefunds() throws Exception {
        SignedInUser technical = fixtures.signedIn(merchant.email(Role.TECHNICAL));
        String page = issue(technical, Fixtures.PASSWORD, "READ_TRANSACTIONS", "REFUND").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Token ze zwrotami może wydać tylko Reprezentant.");
        assertThat(tokens.list(serviceId)).isEmpty();

        issue(technical, Fixtures.PASSWORD, "READ_TRANSACTIONS", "CREATE_TRANSACTIONS")
                .andExpect(flash().attribute("success", "integration.token.created"));
        assertThat(tokens.list(serviceId)).singleElement().extracting(ApiToken::scopes)
                .isEqualTo(Set.of(ApiScope.READ_TRANSACTIONS, ApiScope.CREATE_TRANSACTIONS));
    }

    @Test
    void theNotificationUrlChangesOnlyWithThePassword() throws Exception {
        SignedInUser technical = fixtures.signedIn(merchant.email(Role.TECHNICAL));
        String page = changeUrl(technical, "not my password").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"urlPassword-error\"");
        assertThat(notificationUrl()).isNull();

        changeUrl(technical, Fixtures.PASSWORD).andExpect(flash().attribute("success", "integration.url.saved"));
        assertThat(notificationUrl()).isEqualTo("https://sklep.example.com/notify");
    }

    /** As the browser posts the form: Spring's marker field says the scope checkboxes were on it. */
    private ResultActions issue(SignedInUser user, String password, String... scopes) throws Exception {
        return mvc.perform(post("/shops/" + serviceId + "/integration/tokens").param("tokenName", "Sklep")
                .param("scopes", scopes).param("_scopes", "on").param("tokenPassword", password).with(csrf()).with(user(user)));
    }

    private ResultActions changeUrl(SignedInUser user, String password) throws Exception {
        return mvc.perform(post("/shops/" + serviceId + "/integration/notification-url")
                .param("notificationUrl", "https://sklep.example.com/notify").param("urlPassword", password)
                .with(csrf()).with(user(user)));
    }

    private String notificationUrl() {
        return jdbc.sql("select notification_url from shop where service_id = ?").param(serviceId)
                .query(String.class).optional().orElse(null);
    }
}
