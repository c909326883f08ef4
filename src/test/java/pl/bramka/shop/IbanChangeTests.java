package pl.bramka.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import pl.bramka.Fixtures;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.Fixtures.TestShop;
import pl.bramka.IntegrationTest;
import pl.bramka.Mailbox;
import pl.bramka.SettledSales;
import pl.bramka.payment.Transaction;
import pl.bramka.payout.Payout;
import pl.bramka.payout.PayoutDesk;
import pl.bramka.payout.PayoutLookup;
import pl.bramka.shared.DayRange;
import pl.bramka.user.Role;
import pl.bramka.user.SignedInUser;
import pl.bramka.user.UserManagement;

/** A new IBAN is not the IBAN in force (what payouts read through MerchantShops) until it is confirmed. */
class IbanChangeTests extends IntegrationTest {

    static final String IN_FORCE = "PL61109010140000071219812874";
    static final String NEW_IBAN = "PL27114020040000300201355387";

    @Autowired
    MockMvc mvc;

    @Autowired
    ShopManagement shopManagement;

    @Autowired
    MerchantShops shops;

    @Autowired
    IbanChangeDeadlines deadlines;

    @Autowired
    UserManagement users;

    @Autowired
    SettledSales settledSales;

    @Autowired
    PayoutDesk payoutDesk;

    @Autowired
    PayoutLookup payoutLookup;

    TestMerchant merchant;
    SignedInUser representative;
    UUID serviceId;

    @BeforeEach
    void shop() {
        merchant = fixtures.merchantWithAllRoles();
        representative = fixtures.signedIn(merchant.email(Role.REPRESENTATIVE));
        serviceId = shopManagement.registerDemoShop(merchant.id());
    }

    @Test
    void withOneRepresentativeTheChangeTakesEffectAfter24HoursWithoutObjection() throws Exception {
        edit(representative, NEW_IBAN, Fixtures.PASSWORD)
                .andExpect(flash().attribute("success", "ibanChange.requested"));
        assertThat(ibanInForce()).isEqualTo(IN_FORCE);
        MimeMessage mail = Mailbox.awaitMessage(MAIL, representative.email(), "Zmiana numeru rachunku");
        assertThat(Mailbox.body(mail)).contains("PL27 1140 2004 0000 3002 0135 5387")
                .contains("/shops/" + serviceId + "/data/iban-change/");

        clock.advance(Duration.ofHours(23));
        deadlines.applyDue();
        assertThat(ibanInForce()).isEqualTo(IN_FORCE);

        clock.advance(Duration.ofHours(1).plusMinutes(1));
        deadlines.applyDue();
        assertThat(ibanInForce()).isEqualTo(NEW_IBAN);
        assertThat(auditKinds()).containsSubsequence("IBAN_CHANGE_REQUESTED", "IBAN");
    }

    @Test
    void payoutsGoToTheIbanInForceAndNeverToOneWaitingForConfirmation() throws Exception {
        TestShop shop = new TestShop(merchant.id(), null, serviceId, null, null);
        // days no other test settles: the settlement run of another test never reaches them
        LocalDate day = LocalDate.now(DayRange.WARSAW).plusDays(900);
        moveTo(day, "10:00");
        Transaction beforeConfirmation = settledSales.settled(shop, 10_000);
        edit(representative, NEW_IBAN, Fixtures.PASSWORD)
                .andExpect(flash().attribute("success", "ibanChange.requested"));

        moveTo(day.plusDays(1), "00:30");
        payoutDesk.runSettlement();
        assertThat(payoutLookup.payoutOf(merchant.id(), beforeConfirmation.id())).map(Payout::iban)
                .hasValue(IN_FORCE);

        moveTo(day.plusDays(1), "10:01");
        deadlines.applyDue();
        assertThat(ibanInForce()).isEqualTo(NEW_IBAN);
        Transaction afterConfirmation = settledSales.settled(shop, 5_000);
        moveTo(day.plusDays(2), "00:30");
        payoutDesk.runSettlement();
        assertThat(payoutLookup.payoutOf(merchant.id(), afterConfirmation.id())).map(Payout::iban)
                .hasValue(NEW_IBAN);
    }

    @Test
    void aRejectedChangeNeverTakesEffect() throws Exception {
        edit(representative, NEW_IBAN, Fixtures.PASSWORD);
        UUID change = pendingChange();
        mvc.perform(post(changePath(change) + "/reject").with(csrf()).with(user(representative)))
                .andExpect(flash().attribute("success", "ibanChange.rejected"));

        clock.advance(Duration.ofHours(25));
        deadlines.applyDue();
        assertThat(ibanInForce()).isEqualTo(IN_FORCE);
        assertThat(auditKinds()).containsSubsequence("IBAN_CHANGE_REQUESTED", "IBAN_CHANGE_DECIDED")
                .doesNotContain("IBAN");
    }

    @Test
    void withTwoRepresentativesTheOtherOneConfirmsWithTheirPassword() throws Exception {
        users.createActiveUser(merchant.id(), "second-" + UUID.randomUUID() + "@example.com", "Anna", "Druga",
                Role.REPRESENTATIVE, Fixtures.PASSWORD);
        SignedInUser second = fixtures.signedIn(jdbc.sql("select email from user_account where merchant_id = ? "
                + "and first_name = 'Anna'").param(merchant.id()).query(String.class).single());
        edit(representative, NEW_IBAN, Fixtures.PASSWORD);
        UUID change = pendingChange();
        Mailbox.awaitMessage(MAIL, second.email(), "Zmiana numeru rachunku");

        confirm(change, representative, Fixtures.PASSWORD)
                .andExpect(flash().attribute("failure", "ibanChange.refused.OWN_REQUEST"));
        clock.advance(Duration.ofDays(3));
        deadlines.applyDue();
        assertThat(ibanInForce()).isEqualTo(IN_FORCE);

        String page = confirm(change, second, "not my password").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Hasło jest nieprawidłowe.");
        assertThat(ibanInForce()).isEqualTo(IN_FORCE);

        confirm(change, second, Fixtures.PASSWORD).andExpect(flash().attribute("success", "ibanChange.confirmed"));
        assertThat(ibanInForce()).isEqualTo(NEW_IBAN);
        confirm(change, second, Fixtures.PASSWORD)
                .andExpect(flash().attribute("failure", "ibanChange.refused.NOT_PENDING"));
    }

    @Test
    void aNewIbanWithoutTheRightPasswordWritesNothing() throws Exception {
        String before = state();
        for (String password : List.of("", "not my password")) {
            String page = edit(representative, NEW_IBAN, password).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).contains("id=\"password-error\"");
        }
        assertThat(state()).isEqualTo(before);
        // Other fields need no password.
        edit(representative, IN_FORCE, "").andExpect(flash().attribute("success", "shop.data.saved"));
    }

    private ResultActions edit(SignedInUser user, String iban, String password) throws Exception {
        return mvc.perform(post("/shops/" + serviceId + "/data/edit").param("name", "Demo Sklep 2")
                .param("website", "https://sklep.example.com").param("iban", iban).param("mcc", "5999")
                .param("activity", "none").param("activitySeconds", "").param("password", password)
                .with(csrf()).with(user(user)));
    }

    private ResultActions confirm(UUID change, SignedInUser user, String password) throws Exception {
        return mvc.perform(post(changePath(change) + "/confirm").param("password", password).with(csrf())
                .with(user(user)));
    }

    private void moveTo(LocalDate day, String warsawTime) {
        Instant target = day.atTime(LocalTime.parse(warsawTime)).atZone(DayRange.WARSAW).toInstant();
        clock.advance(Duration.between(clock.instant(), target));
    }

    private String changePath(UUID change) {
        return "/shops/" + serviceId + "/data/iban-change/" + change;
    }

    private UUID pendingChange() {
        return jdbc.sql("select id from shop_iban_change where service_id = ? and status = 'PENDING'")
                .param(serviceId).query(UUID.class).single();
    }

    private String ibanInForce() {
        return shops.get(merchant.id(), serviceId).iban();
    }

    private List<String> auditKinds() {
        return jdbc.sql("select kind from audit_entry where merchant_id = ? order by seq").param(merchant.id())
                .query(String.class).list();
    }

    private String state() {
        return jdbc.sql("select (select count(*) from shop_iban_change where service_id = ?) || '/' "
                + "|| (select count(*) from shop_change where service_id = ?) || '/' "
                + "|| (select name from shop where service_id = ?)")
                .params(serviceId, serviceId, serviceId).query(String.class).single();
    }
}
