package pl.bramka.shop;

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
import pl.bramka.user.Role;
import pl.bramka.user.SignedInUser;
import pl.bramka.user.Totp;
import pl.bramka.user.TwoFactor;
import pl.bramka.user.UserManagement;

/**
 * The sensitive changes outside the integration tab (a new IBAN, its confirmation, making someone a Representative)
 * need the code as well as the password from a user with two-factor sign-in, and the pages ask for it from the start.
 */
class SecondFactorConfirmationTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ShopManagement shopManagement;

    @Autowired
    MerchantShops shops;

    @Autowired
    UserManagement users;

    @Autowired
    TwoFactor twoFactor;

    TestMerchant merchant;
    SignedInUser representative;
    Totp authenticator;
    UUID serviceId;

    @BeforeEach
    void representativeWithTwoFactor() {
        merchant = fixtures.merchantWithAllRoles();
        representative = fixtures.signedIn(merchant.email(Role.REPRESENTATIVE));
        serviceId = shopManagement.registerDemoShop(merchant.id());
        authenticator = enrol(representative);
    }

    @Test
    void aNewIbanIsRequestedOnlyWithACode() throws Exception {
        assertThat(body(representative, get(dataPath() + "/edit"))).contains("id=\"code\"");
        assertThat(body(representative, edit("00000x"))).contains("id=\"code-error\"");
        assertThat(pendingChanges()).isZero();

        mvc.perform(edit(authenticator.nextCode(clock.instant())).with(csrf()).with(user(representative)))
                .andExpect(flash().attribute("success", "ibanChange.requested"));
        assertThat(pendingChanges()).isOne();
    }

    @Test
    void anotherRepresentativeConfirmsTheIbanOnlyWithACode() throws Exception {
        users.createActiveUser(merchant.id(), "second-" + UUID.randomUUID() + "@example.com", "Anna", "Druga",
                Role.REPRESENTATIVE, Fixtures.PASSWORD);
        SignedInUser second = fixtures.signedIn(jdbc.sql("select email from user_account where merchant_id = ? "
                + "and first_name = 'Anna'").param(merchant.id()).query(String.class).single());
        Totp secondAuthenticator = enrol(second);
        mvc.perform(edit(authenticator.nextCode(clock.instant())).with(csrf()).with(user(representative)))
                .andExpect(flash().attribute("success", "ibanChange.requested"));
        String change = dataPath() + "/iban-change/" + jdbc.sql("select id from shop_iban_change where service_id = ?")
                .param(serviceId).query(UUID.class).single();

        assertThat(body(second, get(change))).contains("id=\"code\"");
        assertThat(body(second, confirm(change, "00000x"))).contains("id=\"code-error\"");
        assertThat(ibanInForce()).isEqualTo(IbanChangeTests.IN_FORCE);

        mvc.perform(confirm(change, secondAuthenticator.nextCode(clock.instant())).with(csrf()).with(user(second)))
                .andExpect(flash().attribute("success", "ibanChange.confirmed"));
        assertThat(ibanInForce()).isEqualTo(IbanChangeTests.NEW_IBAN);
    }

    @Test
    void someoneBecomesARepresentativeOnlyWithACode() throws Exception {
        UUID promoted = fixtures.signedIn(merchant.email(Role.TECHNICAL)).id();
        assertThat(body(representative, get("/users/" + promoted))).contains("id=\"role-code\"");
        assertThat(body(representative, promote(promoted, "00000x"))).contains("id=\"role-code-error\"");
        assertThat(roleOf(promoted)).isEqualTo("TECHNICAL");

        mvc.perform(promote(promoted, authenticator.nextCode(clock.instant())).with(csrf())
                        .with(user(representative)))
                .andExpect(flash().attribute("success", "user.role.changed"));
        assertThat(roleOf(promoted)).isEqualTo("REPRESENTATIVE");
    }

    private Totp enrol(SignedInUser user) {
        Totp totp = new Totp(twoFactor.startEnrolment(user).orElseThrow().seed());
        twoFactor.confirmEnrolment(user, totp.nextCode(clock.instant())).orElseThrow();
        return totp;
    }

    private MockHttpServletRequestBuilder edit(String code) {
        return post(dataPath() + "/edit").param("name", "Demo Sklep 2").param("website", "https://sklep.example.com")
                .param("iban", IbanChangeTests.NEW_IBAN).param("mcc", "5999").param("activity", "none")
                .param("activitySeconds", "").param("password", Fixtures.PASSWORD).param("code", code);
    }

    private static MockHttpServletRequestBuilder confirm(String change, String code) {
        return post(change + "/confirm").param("password", Fixtures.PASSWORD).param("code", code);
    }

    private static MockHttpServletRequestBuilder promote(UUID id, String code) {
        return post("/users/" + id + "/role").param("role", "REPRESENTATIVE").param("password", Fixtures.PASSWORD)
                .param("code", code);
    }

    private String body(SignedInUser user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf()).with(user(user))).andReturn().getResponse().getContentAsString();
    }

    private String dataPath() {
        return "/shops/" + serviceId + "/data";
    }

    private long pendingChanges() {
        return jdbc.sql("select count(*) from shop_iban_change where service_id = ? and status = 'PENDING'")
                .param(serviceId).query(Long.class).single();
    }

    private String ibanInForce() {
        return shops.get(merchant.id(), serviceId).iban();
    }

    private String roleOf(UUID id) {
        return jdbc.sql("select role from user_account where id = ?").param(id).query(String.class).single();
    }
}
