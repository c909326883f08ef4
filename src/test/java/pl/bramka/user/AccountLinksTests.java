package pl.bramka.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.IntegrationTest;

/** Expired, used and unknown one-time links explain themselves and change nothing. */
class AccountLinksTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountTokens tokens;

    @Test
    void anExpiredResetLinkSaysSoAndKeepsTheOldPassword() throws Exception {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        UUID userId = fixtures.signedIn(merchant.email(Role.FINANCE_ACTIVE)).id();
        String token = tokens.issue(userId, AccountTokens.Purpose.PASSWORD_RESET, Duration.ofMinutes(30));
        jdbc.sql("update account_token set expires_at = now() - interval '1 minute' where user_id = ?")
                .param(userId).update();
        String hashBefore = passwordHashOf(userId);

        mvc.perform(get("/password/reset/" + token)).andExpect(model().attribute("linkState", "EXPIRED"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Ten link wygasł")));
        mvc.perform(post("/password/reset/" + token).param("password", "a perfectly fine one")
                .param("confirmation", "a perfectly fine one").with(csrf()))
                .andExpect(model().attribute("linkState", "EXPIRED"));

        assertThat(passwordHashOf(userId)).isEqualTo(hashBefore);
    }

    @Test
    void anEmailedResetLinkIsValidForThirtyMinutes() throws Exception {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        UUID userId = fixtures.signedIn(merchant.email(Role.TECHNICAL)).id();
        mvc.perform(post("/password/forgot").param("email", merchant.email(Role.TECHNICAL)).with(csrf()));

        Duration validity = jdbc.sql("select round(extract(epoch from expires_at - created_at)) from account_token "
                + "where user_id = ? and purpose = 'PASSWORD_RESET'").param(userId)
                .query((rs, row) -> Duration.ofSeconds(rs.getLong(1))).single();
        assertThat(validity).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void aNewResetLinkReplacesTheOldOne() throws Exception {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        UUID userId = fixtures.signedIn(merchant.email(Role.FINANCE_PASSIVE)).id();
        String first = tokens.issue(userId, AccountTokens.Purpose.PASSWORD_RESET, Duration.ofMinutes(30));
        tokens.issue(userId, AccountTokens.Purpose.PASSWORD_RESET, Duration.ofMinutes(30));

        mvc.perform(get("/password/reset/" + first)).andExpect(model().attribute("linkState", "USED"));
    }

    @Test
    void anUnknownLinkIsExplainedAndAnExpiredInvitationActivatesNobody() throws Exception {
        mvc.perform(get("/invitation/no-such-token")).andExpect(model().attribute("linkState", "UNKNOWN"));
        mvc.perform(post("/invitation/no-such-token").param("password", "a perfectly fine one")
                .param("confirmation", "a perfectly fine one").with(csrf()))
                .andExpect(model().attribute("linkState", "UNKNOWN"));
    }

    @Test
    void anInvitationWorksOnce() throws Exception {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        UUID invited = UUID.randomUUID();
        jdbc.sql("insert into user_account (id, merchant_id, email, first_name, last_name, role, status) "
                + "values (?, ?, ?, 'Ola', 'Nowa', 'TECHNICAL', 'INVITED')")
                .params(invited, merchant.id(), "ola-" + invited + "@example.com").update();
        String token = tokens.issue(invited, AccountTokens.Purpose.INVITATION, Duration.ofHours(72));

        mvc.perform(post("/invitation/" + token).param("password", "my first password")
                .param("confirmation", "my first password").with(csrf())).andExpect(redirectedUrl("/login"));
        String hash = passwordHashOf(invited);
        mvc.perform(post("/invitation/" + token).param("password", "my second password")
                .param("confirmation", "my second password").with(csrf()))
                .andExpect(model().attribute("linkState", "USED"));

        assertThat(passwordHashOf(invited)).isEqualTo(hash);
        assertThat(jdbc.sql("select status from user_account where id = ?").param(invited).query(String.class)
                .single()).isEqualTo("ACTIVE");
    }

    private String passwordHashOf(UUID userId) {
        return jdbc.sql("select password_hash from user_account where id = ?").param(userId).query(String.class)
                .single();
    }
}
