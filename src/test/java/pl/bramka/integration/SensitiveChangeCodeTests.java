package pl.bramka.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import pl.bramka.Fixtures;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.IntegrationTest;
import pl.bramka.shop.ShopManagement;
import pl.bramka.user.Role;
import pl.bramka.user.SignedInUser;
import pl.bramka.user.Totp;
import pl.bramka.user.TwoFactor;

/** For a user with two-factor sign-in, the re-typed password of a sensitive change needs a code as well. */
class SensitiveChangeCodeTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ShopManagement shopManagement;

    @Autowired
    ShopKeys keys;

    @Autowired
    TwoFactor twoFactor;

    @Autowired
    ApiTokens tokens;

    SignedInUser technical;
    UUID serviceId;
    Totp authenticator;

    @BeforeEach
    void shopAndTwoFactorUser() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        technical = fixtures.signedIn(merchant.email(Role.TECHNICAL));
        serviceId = shopManagement.register(merchant.id(), "Sklep", "https://sklep.example.com");
        authenticator = new Totp(twoFactor.startEnrolment(technical).orElseThrow().seed());
        twoFactor.confirmEnrolment(technical, authenticator.nextCode(clock.instant())).orElseThrow();
    }

    @Test
    void theKeyIsRevealedOnlyWithThePasswordAndAFreshCode() throws Exception {
        String key = keys.current(serviceId);
        assertThat(body(get(base()))).contains("Kod z aplikacji uwierzytelniającej");

        String withoutCode = body(post(base() + "/key/reveal").param("password", Fixtures.PASSWORD));
        assertThat(withoutCode).doesNotContain(key).contains("Kod jest nieprawidłowy albo został już użyty.");

        String code = authenticator.nextCode(clock.instant());
        assertThat(body(post(base() + "/key/reveal").param("password", Fixtures.PASSWORD).param("code", code)))
                .contains(key);
        assertThat(body(post(base() + "/key/reveal").param("password", Fixtures.PASSWORD).param("code", code)))
                .as("the same code again").doesNotContain(key);
    }

    @Test
    void theKeyIsRotatedOnlyWithACode() throws Exception {
        String key = keys.current(serviceId);
        body(post(base() + "/key/rotate").param("overlapHours", "1").param("password", Fixtures.PASSWORD)
                .param("code", "000000x"));
        assertThat(keys.current(serviceId)).isEqualTo(key);

        mvc.perform(post(base() + "/key/rotate").param("overlapHours", "1").param("password", Fixtures.PASSWORD)
                        .param("code", authenticator.nextCode(clock.instant())).with(csrf()).with(user(technical)))
                .andExpect(flash().attribute("success", "integration.rotate.done"));
        assertThat(keys.current(serviceId)).isNotEqualTo(key);
    }

    @Test
    void aTokenIsIssuedOnlyWithACode() throws Exception {
        assertThat(body(get(base()))).as("the code field shows before any attempt").contains("id=\"tokenCode\"");
        assertThat(body(issue("00000x"))).contains("id=\"tokenCode-error\"");
        assertThat(tokens.list(serviceId)).isEmpty();

        mvc.perform(issue(authenticator.nextCode(clock.instant())).with(csrf()).with(user(technical)))
                .andExpect(flash().attribute("success", "integration.token.created"));
        assertThat(tokens.list(serviceId)).hasSize(1);
    }

    @Test
    void theNotificationUrlChangesOnlyWithACode() throws Exception {
        assertThat(body(get(base()))).contains("id=\"urlCode\"");
        assertThat(body(changeUrl("00000x"))).contains("id=\"urlCode-error\"");
        assertThat(notificationUrl()).isNull();

        mvc.perform(changeUrl(authenticator.nextCode(clock.instant())).with(csrf()).with(user(technical)))
                .andExpect(flash().attribute("success", "integration.url.saved"));
        assertThat(notificationUrl()).isEqualTo("https://sklep.example.com/notify");
    }

    @Test
    void thePlatformsPageRevealsTheKeyWithACode() throws Exception {
        String key = keys.current(serviceId);
        String platforms = base() + "/platforms";
        assertThat(body(get(platforms))).contains("id=\"code\"");
        assertThat(body(post(platforms + "/key/reveal").param("password", Fixtures.PASSWORD).param("code", "00000x")))
                .doesNotContain(key);
        assertThat(body(post(platforms + "/key/reveal").param("password", Fixtures.PASSWORD)
                .param("code", authenticator.nextCode(clock.instant())))).contains(key);
    }

    private MockHttpServletRequestBuilder issue(String code) {
        return post(base() + "/tokens").param("tokenName", "Sklep").param("scopes", "READ_TRANSACTIONS")
                .param("_scopes", "on").param("tokenPassword", Fixtures.PASSWORD).param("tokenCode", code);
    }

    private MockHttpServletRequestBuilder changeUrl(String code) {
        return post(base() + "/notification-url").param("notificationUrl", "https://sklep.example.com/notify")
                .param("urlPassword", Fixtures.PASSWORD).param("urlCode", code);
    }

    private String notificationUrl() {
        return jdbc.sql("select notification_url from shop where service_id = ?").param(serviceId)
                .query(String.class).optional().orElse(null);
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf()).with(user(technical))).andReturn().getResponse()
                .getContentAsString();
    }

    private String base() {
        return "/shops/" + serviceId + "/integration";
    }
}
