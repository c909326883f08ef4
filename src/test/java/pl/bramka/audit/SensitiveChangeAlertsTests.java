package pl.bramka.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import pl.bramka.Fixtures;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.IntegrationTest;
import pl.bramka.Mailbox;
import pl.bramka.shop.ShopManagement;
import pl.bramka.user.Role;
import pl.bramka.user.SignedInUser;

/** Sensitive changes are e-mailed to every Representative, whoever made them. */
class SensitiveChangeAlertsTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ShopManagement shopManagement;

    TestMerchant merchant;
    SignedInUser representative;
    SignedInUser technical;
    UUID serviceId;

    @BeforeEach
    void shop() {
        merchant = fixtures.merchantWithAllRoles();
        representative = fixtures.signedIn(merchant.email(Role.REPRESENTATIVE));
        technical = fixtures.signedIn(merchant.email(Role.TECHNICAL));
        serviceId = shopManagement.register(merchant.id(), "Sklep alarmów", "https://sklep.example.com");
    }

    @Test
    void aNewNotificationUrlIsEmailedToTheRepresentative() throws Exception {
        mvc.perform(post("/shops/" + serviceId + "/integration/notification-url")
                .param("notificationUrl", "https://attacker.example.com/n").param("urlPassword", Fixtures.PASSWORD)
                .with(csrf()).with(user(technical))).andExpect(status().is3xxRedirection());

        MimeMessage mail = Mailbox.awaitMessage(MAIL, representative.email(), "adres notyfikacji sklepu Sklep alarmów");
        assertThat(Mailbox.body(mail)).contains(technical.email()).contains("https://attacker.example.com/n")
                .contains("/audit");
    }

    @Test
    void aNewTokenIsEmailedToTheRepresentative() throws Exception {
        mvc.perform(post("/shops/" + serviceId + "/integration/tokens").param("tokenName", "Nocny import")
                .param("scopes", "READ_TRANSACTIONS").param("tokenPassword", Fixtures.PASSWORD)
                .with(csrf()).with(user(technical))).andExpect(status().is3xxRedirection());

        MimeMessage mail = Mailbox.awaitMessage(MAIL, representative.email(), "nowy token API sklepu Sklep alarmów");
        assertThat(Mailbox.body(mail)).contains("Nocny import");
    }

    @Test
    void makingSomeoneARepresentativeNeedsThePasswordAndIsEmailed() throws Exception {
        SignedInUser promoted = fixtures.signedIn(merchant.email(Role.FINANCE_PASSIVE));
        String page = mvc.perform(post("/users/" + promoted.id() + "/role").param("role", "REPRESENTATIVE")
                .param("password", "not my password").with(csrf()).with(user(representative)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"role-password-error\"");
        assertThat(roleOf(promoted)).isEqualTo("FINANCE_PASSIVE");

        mvc.perform(post("/users/" + promoted.id() + "/role").param("role", "REPRESENTATIVE")
                .param("password", Fixtures.PASSWORD).with(csrf()).with(user(representative)))
                .andExpect(flash().attribute("success", "user.role.changed"));
        assertThat(roleOf(promoted)).isEqualTo("REPRESENTATIVE");
        MimeMessage mail = Mailbox.awaitMessage(MAIL, representative.email(), "nadanie roli Reprezentanta");
        assertThat(Mailbox.body(mail)).contains(promoted.email());
        // The new Representative is told as well: from now on they are one of those who must know.
        Mailbox.awaitMessage(MAIL, promoted.email(), "nadanie roli Reprezentanta");
    }

    @Test
    void aLesserRoleNeedsNoPasswordAndIsNotEmailed() throws Exception {
        SignedInUser finance = fixtures.signedIn(merchant.email(Role.FINANCE_PASSIVE));
        mvc.perform(post("/users/" + finance.id() + "/role").param("role", "FINANCE_ACTIVE").with(csrf())
                .with(user(representative))).andExpect(flash().attribute("success", "user.role.changed"));
        assertThat(SensitiveChangeAlerts.isSensitive(lastEntry())).isFalse();
    }

    private AuditEntry lastEntry() {
        return jdbc.sql("select " + AuditChain.COLUMNS + " from audit_entry where merchant_id = ? "
                + "order by seq desc limit 1").param(merchant.id()).query(AuditChain::map).single();
    }

    private String roleOf(SignedInUser user) {
        return jdbc.sql("select role from user_account where id = ?").param(user.id()).query(String.class).single();
    }
}
