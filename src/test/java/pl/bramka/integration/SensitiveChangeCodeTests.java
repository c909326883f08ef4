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

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf()).with(user(technical))).andReturn().getResponse()
                .getContentAsString();
    }

    private String base() {
        return "/shops/" + serviceId + "/integration";
    }
}
