package pl.bramka.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import pl.bramka.Fixtures;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.HttpVisitor;
import pl.bramka.IntegrationTest;
import pl.bramka.user.Role;

class SignInThrottleTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void fiveFailuresFromOneAddressLockThatAddressForEveryAccount() throws Exception {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user("email", "guess-" + i + "@example.com").password("whatever"))
                    .andExpect(redirectedUrl("/login?error"));
        }

        var refused = mvc.perform(formLogin("/login").user("email", merchant.email(Role.REPRESENTATIVE))
                .password(Fixtures.PASSWORD)).andExpect(redirectedUrl("/login?error")).andReturn();

        mvc.perform(get("/login").cookie(refused.getResponse().getCookies()))
                .andExpect(content().string(containsString("Zbyt wiele nieudanych prób logowania")));
        assertThat(jdbc.sql("select count(*) from sign_in_lock where throttle_key = 'address:127.0.0.1' "
                + "and locked_until between now() + interval '14 minutes' and now() + interval '15 minutes'")
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aSuccessfulSignInClearsTheAccountsEarlierFailures() throws Exception {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        String email = merchant.email(Role.FINANCE_PASSIVE);
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin("/login").user("email", email).password("wrong"));
        }
        mvc.perform(formLogin("/login").user("email", email).password(Fixtures.PASSWORD)).andExpect(redirectedUrl("/"));
        jdbc.sql("delete from sign_in_failure where throttle_key like 'address:%'").update();

        mvc.perform(formLogin("/login").user("email", email).password("wrong again"));
        mvc.perform(formLogin("/login").user("email", email).password(Fixtures.PASSWORD)).andExpect(redirectedUrl("/"));
    }

    @Test
    void anAbsurdlyLongEmailIsAnOrdinaryFailure() throws Exception {
        mvc.perform(formLogin("/login").user("email", "a".repeat(5000) + "@example.com").password("x"))
                .andExpect(redirectedUrl("/login?error"));
    }

    /** The test profile trusts 127.0.0.2 as a proxy (bramka.trusted-proxies); tests connect from 127.0.0.1. */
    private static final String TRUSTED_PROXY = "127.0.0.2";

    @Test
    void behindATrustedProxyFiveFailuresLockOnlyTheClientThatMadeThem() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        for (int i = 0; i < 5; i++) {
            try (HttpVisitor guesser = HttpVisitor.from(baseUrl(), TRUSTED_PROXY)
                    .header("X-Forwarded-For", "203.0.113.7")) {
                assertThat(guesser.signIn("guess-" + i + "@example.com", "whatever").location())
                        .endsWith("/login?error");
            }
        }

        try (HttpVisitor colleague = HttpVisitor.from(baseUrl(), TRUSTED_PROXY)
                .header("X-Forwarded-For", "198.51.100.9")) {
            assertThat(colleague.signIn(merchant.email(Role.REPRESENTATIVE), Fixtures.PASSWORD).location())
                    .doesNotContain("/login");
        }
        assertThat(lockedKeys()).contains("address:203.0.113.7").doesNotContain("address:" + TRUSTED_PROXY);
    }

    @Test
    void aClientOutsideTheTrustedProxiesCannotChooseItsAddressWithTheHeader() {
        for (int i = 0; i < 5; i++) {
            try (HttpVisitor guesser = HttpVisitor.of(baseUrl()).header("X-Forwarded-For", "203.0.113." + i)) {
                guesser.signIn("guess-" + i + "@example.com", "whatever");
            }
        }

        assertThat(lockedKeys()).contains("address:127.0.0.1").noneMatch(key -> key.startsWith("address:203."));
    }

    private List<String> lockedKeys() {
        return jdbc.sql("select throttle_key from sign_in_lock where locked_until > now()").query(String.class).list();
    }
}
