package pl.bramka.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import pl.bramka.Fixtures;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.IntegrationTest;

class UserRulesTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theLastActiveRepresentativeKeepsTheirRole() throws Exception {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        SignedInUser representative = fixtures.signedIn(merchant.email(Role.REPRESENTATIVE));

        mvc.perform(post("/users/" + representative.id() + "/role").param("role", "TECHNICAL").with(csrf())
                        .with(user(representative)))
                .andExpect(flash().attribute("failure", "user.lastRepresentative"));

        assertThat(roleOf(representative.id())).isEqualTo("REPRESENTATIVE");
    }

    @Test
    void aSecondRepresentativeMayBeDeactivatedButNotTheLastOne() throws Exception {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        SignedInUser representative = fixtures.signedIn(merchant.email(Role.REPRESENTATIVE));
        SignedInUser promoted = fixtures.signedIn(merchant.email(Role.FINANCE_ACTIVE));
        mvc.perform(post("/users/" + promoted.id() + "/role").param("role", "REPRESENTATIVE")
                .param("password", Fixtures.PASSWORD).with(csrf())
                .with(user(representative))).andExpect(flash().attribute("success", "user.role.changed"));

        mvc.perform(post("/users/" + representative.id() + "/status").param("status", "DEACTIVATED").with(csrf())
                        .with(user(fixtures.signedIn(merchant.email(Role.FINANCE_ACTIVE)))))
                .andExpect(flash().attribute("success", "user.status.deactivatedDone"));
        assertThat(statusOf(representative.id())).isEqualTo("DEACTIVATED");
    }

    @Test
    void nobodyDeactivatesThemselves() throws Exception {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        SignedInUser representative = fixtures.signedIn(merchant.email(Role.REPRESENTATIVE));

        mvc.perform(post("/users/" + representative.id() + "/status").param("status", "DEACTIVATED").with(csrf())
                .with(user(representative))).andExpect(flash().attribute("failure", "user.status.self"));

        assertThat(statusOf(representative.id())).isEqualTo("ACTIVE");
    }

    @Test
    void anotherMerchantsUsersAreNotFoundAndCannotBeChanged() throws Exception {
        TestMerchant mine = fixtures.merchantWithAllRoles();
        TestMerchant theirs = fixtures.merchantWithAllRoles();
        SignedInUser representative = fixtures.signedIn(mine.email(Role.REPRESENTATIVE));
        UUID stranger = fixtures.signedIn(theirs.email(Role.TECHNICAL)).id();

        mvc.perform(get("/users/" + stranger).with(user(representative))).andExpect(status().isNotFound());
        mvc.perform(post("/users/" + stranger + "/status").param("status", "DEACTIVATED").with(csrf())
                .with(user(representative))).andExpect(status().isNotFound());
        mvc.perform(post("/users/" + stranger + "/role").param("role", "REPRESENTATIVE").with(csrf())
                .with(user(representative))).andExpect(status().isNotFound());

        assertThat(statusOf(stranger)).isEqualTo("ACTIVE");
        assertThat(roleOf(stranger)).isEqualTo("TECHNICAL");
    }

    @Test
    void malformedRequestsAreAnsweredWithoutChangingAnything() throws Exception {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        SignedInUser representative = fixtures.signedIn(merchant.email(Role.REPRESENTATIVE));
        UUID technical = fixtures.signedIn(merchant.email(Role.TECHNICAL)).id();

        mvc.perform(post("/users/" + technical + "/role").param("role", "ADMIN").with(csrf())
                .with(user(representative))).andExpect(status().isBadRequest());
        mvc.perform(post("/users/" + technical + "/status").param("status", "GONE").with(csrf())
                .with(user(representative))).andExpect(flash().attribute("failure", "validation.required"));
        mvc.perform(get("/users/not-a-uuid").with(user(representative))).andExpect(status().isBadRequest());
        mvc.perform(post("/users/new").param("firstName", "x".repeat(10_000)).param("lastName", "Nowak")
                .param("email", "x".repeat(300) + "@example.com").param("role", "TECHNICAL").with(csrf())
                .with(user(representative))).andExpect(status().isOk());

        assertThat(roleOf(technical)).isEqualTo("TECHNICAL");
        assertThat(statusOf(technical)).isEqualTo("ACTIVE");
        assertThat(jdbc.sql("select count(*) from user_account where merchant_id = ?").param(merchant.id())
                .query(Integer.class).single()).isEqualTo(Role.values().length);
    }

    @Test
    void postsWithoutTheCsrfTokenAreRefused() throws Exception {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        SignedInUser representative = fixtures.signedIn(merchant.email(Role.REPRESENTATIVE));
        UUID technical = fixtures.signedIn(merchant.email(Role.TECHNICAL)).id();

        mvc.perform(post("/users/" + technical + "/status").param("status", "DEACTIVATED")
                .with(user(representative))).andExpect(status().isForbidden());

        assertThat(statusOf(technical)).isEqualTo("ACTIVE");
    }

    private String roleOf(UUID id) {
        return jdbc.sql("select role from user_account where id = ?").param(id).query(String.class).single();
    }

    private String statusOf(UUID id) {
        return jdbc.sql("select status from user_account where id = ?").param(id).query(String.class).single();
    }
}
