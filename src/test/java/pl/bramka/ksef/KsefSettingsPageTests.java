package pl.bramka.ksef;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import pl.bramka.Fixtures;
import pl.bramka.IntegrationTest;
import pl.bramka.user.Role;
import pl.bramka.user.SignedInUser;
import pl.bramka.user.Totp;
import pl.bramka.user.TwoFactor;

/** Bad input on the KSeF settings page is refused field by field and writes nothing; the token needs a code too. */
class KsefSettingsPageTests extends IntegrationTest {

    private static final String TOKEN = "20261207-EC-0A1B2C3D4E-5F6A7B8C9D-12|nip-5260250274|abcdef991234";

    @Autowired
    MockMvc mvc;
    @Autowired
    TwoFactor twoFactor;

    SignedInUser representative;
    UUID merchantId;

    @BeforeEach
    void representativeOfAMerchantWithNip() {
        var merchant = fixtures.merchantWithAllRoles();
        merchantId = merchant.id();
        jdbc.sql("update merchant set nip = ? where id = ?").params(KsefTestData.randomNip(), merchantId).update();
        representative = fixtures.signedIn(merchant.email(Role.REPRESENTATIVE));
    }

    @Test
    void anEnvironmentNotOfferedIsRefusedOnItsField() throws Exception {
        MockHttpServletResponse response = perform(post("/invoices/ksef").param("environment", "STAGING"));
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("id=\"environment-error\"")
                .contains("Wybierz jedno ze środowisk z listy.")
                .contains("aria-describedby=\"environment-hint environment-error\"");
        assertThat(settingsRows()).isZero();
    }

    @Test
    void aTokenTooShortOrWithSpacesIsRefusedAndNotStored() throws Exception {
        String tooShort = perform(post("/invoices/ksef/token").param("ksefToken", "short")
                .param("tokenPassword", Fixtures.PASSWORD)).getContentAsString();
        assertThat(tooShort).contains("id=\"ksefToken-error\"").contains("Token KSeF ma od 20 do 500 znaków.");
        String withSpace = perform(post("/invoices/ksef/token").param("ksefToken", "20261207 EC 0A1B2C3D4E 5F6A7B8C")
                .param("tokenPassword", Fixtures.PASSWORD)).getContentAsString();
        assertThat(withSpace).contains("Token KSeF składa się z liter, cyfr i znaków bez spacji.");
        assertThat(settingsRows()).isZero();
    }

    @Test
    void withTwoFactorSignInTheTokenNeedsAFreshCode() throws Exception {
        Totp authenticator = new Totp(twoFactor.startEnrolment(representative).orElseThrow().seed());
        twoFactor.confirmEnrolment(representative, authenticator.nextCode(clock.instant())).orElseThrow();
        assertThat(perform(get("/invoices/ksef")).getContentAsString())
                .contains("Kod z aplikacji uwierzytelniającej");

        String withoutCode = perform(post("/invoices/ksef/token").param("ksefToken", TOKEN)
                .param("tokenPassword", Fixtures.PASSWORD)).getContentAsString();
        assertThat(withoutCode).contains("Kod jest nieprawidłowy albo został już użyty.").doesNotContain(TOKEN);
        assertThat(settingsRows()).isZero();

        MockHttpServletResponse saved = perform(post("/invoices/ksef/token").param("ksefToken", TOKEN)
                .param("tokenPassword", Fixtures.PASSWORD).param("tokenCode", authenticator.nextCode(clock.instant())));
        assertThat(saved.getRedirectedUrl()).isEqualTo("/invoices/ksef#token");
        assertThat(perform(get("/invoices/ksef")).getContentAsString()).contains("••••••••1234")
                .doesNotContain(TOKEN);
    }

    private int settingsRows() {
        return jdbc.sql("select count(*) from ksef_settings where merchant_id = ?").param(merchantId)
                .query(Integer.class).single();
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf()).with(user(representative))).andReturn().getResponse();
    }
}
