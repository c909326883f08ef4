package pl.bramka.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import pl.bramka.Fixtures;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.IntegrationTest;
import pl.bramka.secret.SecretNotOpened;
import pl.bramka.user.AccountThrottle;
import pl.bramka.shop.ShopManagement;
import pl.bramka.user.Role;
import pl.bramka.user.SignedInUser;

class IntegrationRulesTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ShopManagement shopManagement;

    @Autowired
    ShopKeys keys;

    SignedInUser representative;
    UUID serviceId;

    @BeforeEach
    void shop() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        representative = fixtures.signedIn(merchant.email(Role.REPRESENTATIVE));
        serviceId = shopManagement.register(merchant.id(), "Sklep", "https://sklep.example.com");
    }

    @Test
    void theDatabaseHoldsNoPlaintextShopKeyOrAccountingKey() throws Exception {
        String accountingKey = "ING-api-key-0123456789abcdef";
        perform(post(base() + "/accounting-key").param("accountingKey", accountingKey))
                .andExpect(flash().attribute("success", "integration.accounting.saved"));
        perform(post(base() + "/key/rotate").param("overlapHours", "24").param("password", Fixtures.PASSWORD))
                .andExpect(flash().attribute("success", "integration.rotate.done"));

        List<String> shopKeys = keys.verifying(serviceId);
        assertThat(shopKeys).hasSize(2);
        List<String> sealedKeys = jdbc.sql("select sealed_key from shop_key where service_id = ?").param(serviceId)
                .query(String.class).list();
        assertThat(sealedKeys).hasSize(2);
        for (String sealed : sealedKeys) {
            shopKeys.forEach(key -> assertThat(sealed).doesNotContain(key));
        }
        String sealedAccountingKey = jdbc.sql("select accounting_key from shop where service_id = ?")
                .param(serviceId).query(String.class).single();
        assertThat(sealedAccountingKey).doesNotContain(accountingKey).doesNotContain("0123456789");
        String history = jdbc.sql("select string_agg(coalesce(old_value, '') || ' ' || coalesce(new_value, ''), ' ') "
                + "from shop_change where service_id = ?").param(serviceId).query(String.class).single();
        assertThat(history).contains("set").doesNotContain(accountingKey);
        shopKeys.forEach(key -> assertThat(history).doesNotContain(key));
        String sessions = jdbc.sql("select count(*)::text from spring_session_attributes "
                + "where position(convert_to(?, 'UTF8') in attribute_bytes) > 0").param(shopKeys.get(0))
                .query(String.class).single();
        assertThat(sessions).isEqualTo("0");
    }

    @Test
    void aSealedShopKeyCopiedIntoAnotherShopsRowDoesNotOpenThere() {
        UUID otherShop = shopManagement.register(fixtures.merchantWithAllRoles().id(), "Inny", "https://inny.example");
        jdbc.sql("""
                update shop_key set sealed_key = (select sealed_key from shop_key where service_id = ?
                                                  and retired_at is null)
                where service_id = ? and retired_at is null""").params(serviceId, otherShop).update();

        assertThatThrownBy(() -> keys.verifying(otherShop)).isInstanceOf(SecretNotOpened.class);
        assertThat(keys.verifying(serviceId)).hasSize(1);
    }

    @Test
    void theRevealedKeyIsInTheResponseOnlyWithTheRightPassword() throws Exception {
        String key = keys.current(serviceId);
        String wrong = perform(post(base() + "/key/reveal").param("password", "guess"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(wrong).doesNotContain(key).contains("Hasło jest nieprawidłowe.");
        String right = perform(post(base() + "/key/reveal").param("password", Fixtures.PASSWORD))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(right).contains(key);
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneIsRefusedForAWhile() throws Exception {
        String key = keys.current(serviceId);
        for (int i = 0; i < AccountThrottle.MAX_FAILURES; i++) {
            perform(post(base() + "/key/reveal").param("password", "guess " + i)).andExpect(status().isOk());
        }
        String response = perform(post(base() + "/key/reveal").param("password", Fixtures.PASSWORD))
                .andReturn().getResponse().getContentAsString();
        assertThat(response).doesNotContain(key).contains("Zbyt wiele błędnych prób");
        perform(post(base() + "/key/rotate").param("overlapHours", "1").param("password", Fixtures.PASSWORD))
                .andExpect(status().isOk());
        assertThat(keys.current(serviceId)).isEqualTo(key);
    }

    @Test
    void theOldKeyVerifiesDuringTheChosenOverlapOnly() throws Exception {
        String first = keys.current(serviceId);
        perform(post(base() + "/key/rotate").param("overlapHours", "1").param("password", Fixtures.PASSWORD));
        String second = keys.current(serviceId);
        assertThat(keys.verifying(serviceId)).containsExactly(second, first);

        perform(post(base() + "/key/rotate").param("overlapHours", "0").param("password", Fixtures.PASSWORD));
        String third = keys.current(serviceId);
        assertThat(keys.verifying(serviceId)).containsExactly(third, first).doesNotContain(second);
        assertThat(jdbc.sql("select count(*) from shop_change where service_id = ? and field = 'shopKeyRotation'")
                .param(serviceId).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void invalidOrOversizedInputWritesNothing() throws Exception {
        String before = state();
        String elevenAddresses = IntStream.rangeClosed(1, 11).mapToObj(i -> "a" + i + "@example.com")
                .collect(Collectors.joining("\n"));
        List<MockHttpServletRequestBuilder> requests = List.of(
                post(base() + "/tokens").param("tokenName", "   "),
                post(base() + "/tokens").param("tokenName", "x".repeat(101)),
                post(base() + "/tokens").param("tokenName", "x".repeat(100_000)),
                post(base() + "/notification-url").param("notificationUrl", "https://example.com/" + "a".repeat(281)),
                post(base() + "/notification-url").param("notificationUrl", "javascript:alert(1)"),
                post(base() + "/notification-url").param("notificationUrl", "https:///no-host"),
                post(base() + "/notification-url").param("notificationUrl", "sklep.example.com/notify"),
                post(base() + "/notification-url").param("notificationUrl", "https://exa mple.com"),
                post(base() + "/emails").param("emails", elevenAddresses),
                post(base() + "/emails").param("emails", "ok@example.com\n" + "x".repeat(100_000)),
                post(base() + "/emails").param("emails", "ok@example.com\nOK@EXAMPLE.COM"),
                post(base() + "/emails").param("emails", "a".repeat(250) + "@example.com"),
                post(base() + "/accounting-key").param("accountingKey", ""),
                post(base() + "/accounting-key").param("accountingKey", "1234567"),
                post(base() + "/accounting-key").param("accountingKey", "k".repeat(201)),
                post(base() + "/accounting-key").param("accountingKey", "klucz-księgowy"),
                post(base() + "/accounting-key").param("accountingKey", "tab\tinside-key"),
                post(base() + "/key/rotate").param("overlapHours", "73").param("password", Fixtures.PASSWORD),
                post(base() + "/key/rotate").param("overlapHours", "-1").param("password", Fixtures.PASSWORD),
                post(base() + "/key/rotate").param("overlapHours", "abc").param("password", Fixtures.PASSWORD),
                post(base() + "/key/rotate").param("overlapHours", "24").param("password", ""),
                post(base() + "/key/rotate").param("overlapHours", "24").param("password", "x".repeat(100_000)));
        for (MockHttpServletRequestBuilder request : requests) {
            String page = perform(request).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();
            assertThat(page).contains("is-invalid");
        }
        perform(post(base() + "/tokens/" + UUID.randomUUID() + "/revoke")).andExpect(status().isNotFound());
        perform(post(base() + "/tokens/not-a-uuid/revoke")).andExpect(status().isBadRequest());
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void theEmailErrorsNameEachRefusedLine() throws Exception {
        String page = perform(post(base() + "/emails")
                .param("emails", "ok@example.com\r\nbez-malpy\r\n\r\nOk@Example.com\r\njan@kowalski"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Wiersz 2: „bez-malpy” nie jest poprawnym adresem e-mail.")
                .contains("Wiersz 4: adres „Ok@Example.com” się powtarza (jest już w wierszu 1).")
                .contains("Wiersz 5: „jan@kowalski” nie jest poprawnym adresem e-mail.");
    }

    @Test
    void changesAreRecordedWithoutSecrets() throws Exception {
        perform(post(base() + "/notification-url").param("notificationUrl", " https://sklep.example.com/n ")
                .param("urlPassword", Fixtures.PASSWORD));
        perform(post(base() + "/emails").param("emails", "a@example.com\nb@example.com"));
        perform(post(base() + "/accounting-key").param("accountingKey", "first-key-1234"));
        perform(post(base() + "/accounting-key").param("accountingKey", "second-key-5678"));
        perform(post(base() + "/accounting-key/remove"));
        perform(post(base() + "/accounting-key/remove"))
                .andExpect(flash().attribute("failure", "integration.accounting.none"));

        List<String> history = jdbc.sql("select field || ': ' || coalesce(old_value, '-') || ' → ' "
                + "|| coalesce(new_value, '-') from shop_change where service_id = ? order by id")
                .param(serviceId).query(String.class).list();
        assertThat(history).containsExactly(
                "notificationUrl: - → https://sklep.example.com/n",
                "notificationEmails: - → a@example.com, b@example.com",
                "accountingKey: - → set",
                "accountingKey: set → changed",
                "accountingKey: set → removed");
    }

    private ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf()).with(user(representative)));
    }

    private String base() {
        return "/shops/" + serviceId + "/integration";
    }

    private String state() {
        return String.join("|",
                jdbc.sql("select coalesce(notification_url, '-') || coalesce(accounting_key, '-') from shop "
                        + "where service_id = ?").param(serviceId).query(String.class).single(),
                jdbc.sql("select count(*)::text from api_token where service_id = ?").param(serviceId)
                        .query(String.class).single(),
                jdbc.sql("select count(*) || '/' || count(retired_at) from shop_key where service_id = ?")
                        .param(serviceId).query(String.class).single(),
                jdbc.sql("select count(*)::text from shop_notification_email where service_id = ?")
                        .param(serviceId).query(String.class).single(),
                jdbc.sql("select count(*)::text from shop_change where service_id = ?")
                        .param(serviceId).query(String.class).single());
    }
}
