package pl.bramka.integration;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.bramka.BrowserTest;
import pl.bramka.Fixtures;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.merchant.MerchantManagement;
import pl.bramka.shop.ShopManagement;
import pl.bramka.user.Role;

class IntegrationBrowserTests extends BrowserTest {

    @Autowired
    ShopManagement shopManagement;

    @Autowired
    MerchantManagement merchants;

    @Autowired
    ShopKeys keys;

    @Test
    void theShopKeyIsShownOnlyAfterThePasswordAndCanBeRotated() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        UUID serviceId = shopManagement.register(merchant.id(), "Sklep z kluczem", "https://sklep.example.com");
        String oldKey = keys.current(serviceId);
        signIn(page, merchant.email(Role.REPRESENTATIVE), Fixtures.PASSWORD);
        page.navigate("/shops/" + serviceId);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dane do integracji")).click();
        assertThat(path(page)).isEqualTo("/shops/" + serviceId + "/integration");
        assertThat(page.getByLabel("Identyfikator klienta (merchantId)")).hasValue(merchants.publicIdOf(merchant.id()));
        assertThat(page.getByLabel("Identyfikator sklepu (serviceId)")).hasValue(serviceId.toString());
        assertThat(page.locator("#shop-key-value")).hasCount(0);
        assertThat(page.content()).doesNotContain(oldKey);
        assertAccessible(page);

        page.getByLabel("Twoje hasło").fill("not my password");
        button("Pokaż klucz").click();
        assertThat(page.locator("#password-error"))
                .hasText("Hasło jest nieprawidłowe. Wpisz hasło, którym logujesz się do panelu.");
        assertThat(page.locator("#shop-key-value")).hasCount(0);
        assertThat(page.content()).doesNotContain(oldKey);
        assertAccessible(page);

        page.getByLabel("Twoje hasło").fill(Fixtures.PASSWORD);
        button("Pokaż klucz").click();
        assertThat(page.getByLabel("Klucz sklepu (serviceKey)")).hasValue(oldKey);
        assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zmień klucz sklepu")).click();
        assertThat(page.locator("#rotate-confirmation")).containsText("poprzedni klucz przestanie działać");
        assertThat(page.getByLabel("Okres przejściowy w godzinach")).hasValue("24");
        assertAccessible(page);
        page.getByLabel("Okres przejściowy w godzinach").fill("73");
        page.getByLabel("Twoje hasło").fill(Fixtures.PASSWORD);
        button("Tak, zmień klucz").click();
        assertThat(page.locator("#overlapHours-error")).hasText("Podaj liczbę całkowitą godzin od 0 do 72.");
        assertThat(keys.current(serviceId)).isEqualTo(oldKey);
        assertAccessible(page);

        page.getByLabel("Okres przejściowy w godzinach").fill("2");
        page.getByLabel("Twoje hasło").fill(Fixtures.PASSWORD);
        button("Tak, zmień klucz").click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Klucz sklepu został zmieniony.");
        String newKey = keys.current(serviceId);
        assertThat(newKey).isNotEqualTo(oldKey);
        assertThat(page.getByLabel("Nowy klucz sklepu (serviceKey)")).hasValue(newKey);
        assertThat(page.locator("#new-key-notice")).containsText("Poprzedni klucz jest przyjmowany do:");
        assertThat(keys.verifying(serviceId)).containsExactly(newKey, oldKey);
        assertAccessible(page);

        page.reload();
        assertThat(page.locator("#shop-key-value")).hasCount(0);
        assertThat(page.content()).doesNotContain(newKey);

        page.navigate("/shops/" + serviceId + "/data");
        assertThat(page.locator("#shop-history")).containsText("Klucz sklepu");
        assertThat(page.locator("#shop-history")).not().containsText(newKey);
    }

    @Test
    void anApiTokenIsShownOnceListedAndRevoked() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        UUID serviceId = shopManagement.register(merchant.id(), "Sklep z API", "https://api.example.com");
        signIn(page, merchant.email(Role.REPRESENTATIVE), Fixtures.PASSWORD);
        page.navigate("/shops/" + serviceId + "/integration");
        assertThat(page.locator("#api-tokens-empty")).hasText("Sklep nie ma jeszcze tokenów.");

        button("Utwórz token").click();
        assertThat(page.locator("#tokenName-error")).hasText("To pole jest wymagane.");
        assertAccessible(page);

        page.getByLabel("Nazwa tokenu").fill("WooCommerce");
        page.getByLabel("Hasło do potwierdzenia tokenu").fill(Fixtures.PASSWORD);
        button("Utwórz token").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Token został utworzony");
        assertThat(page.locator("#new-token-warning")).containsText("Ten token widzisz tylko teraz.");
        String token = page.getByLabel("Nowy token „WooCommerce”").inputValue();
        assertThat(token).hasSize(43);
        Locator row = page.locator("#api-token-list tbody tr");
        assertThat(row).hasCount(1);
        assertThat(row).containsText("WooCommerce");
        assertThat(row).containsText(token.substring(0, 8) + "…");
        assertThat(row).containsText("Aktywny");
        assertThat(jdbc.sql("select token_hash from api_token where service_id = ?").param(serviceId)
                .query(String.class).single()).isEqualTo(pl.bramka.shared.Tokens.sha256Hex(token));
        assertAccessible(page);

        page.reload();
        assertThat(page.locator("#new-token")).hasCount(0);
        assertThat(page.content()).doesNotContain(token);
        assertThat(row).containsText("WooCommerce");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Unieważnij token „WooCommerce”")).click();
        assertThat(page.locator("#revoke-confirmation")).containsText("Czy na pewno unieważnić token „WooCommerce”?");
        assertAccessible(page);
        button("Tak, unieważnij token").click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Token został unieważniony.");
        assertThat(row).containsText("Unieważniony");
        assertThat(row.getByRole(AriaRole.LINK)).hasCount(0);
        assertThat(jdbc.sql("select revoked_at is not null from api_token where service_id = ?").param(serviceId)
                .query(Boolean.class).single()).isTrue();
        assertAccessible(page);
    }

    @Test
    void notificationUrlAndAddressesAreValidatedAndSaved() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        UUID serviceId = shopManagement.register(merchant.id(), "Sklep z notyfikacjami", "https://n.example.com");
        signIn(page, merchant.email(Role.REPRESENTATIVE), Fixtures.PASSWORD);
        page.navigate("/shops/" + serviceId + "/integration");

        page.getByLabel("Adres URL notyfikacji").fill("ftp://sklep.example.com/notify");
        button("Zapisz adres").click();
        assertThat(page.locator("#notificationUrl-error")).hasText(
                "Podaj pełny adres zaczynający się od http:// lub https://, np. https://sklep.pl/notyfikacje.");
        assertThat(notificationUrl(serviceId)).isNull();
        assertAccessible(page);

        page.getByLabel("Adres URL notyfikacji").fill("https://sklep.example.com/imoje/notify");
        page.getByLabel("Hasło do potwierdzenia adresu").fill(Fixtures.PASSWORD);
        button("Zapisz adres").click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Adres URL notyfikacji został zapisany.");
        assertThat(page.getByLabel("Adres URL notyfikacji")).hasValue("https://sklep.example.com/imoje/notify");
        assertThat(notificationUrl(serviceId)).isEqualTo("https://sklep.example.com/imoje/notify");

        page.getByLabel("Adresy e-mail").fill("biuro@example.com\nnot-an-email\nBIURO@example.com");
        button("Zapisz adresy").click();
        Locator errors = page.locator("#emails-error li");
        assertThat(errors).hasText(new String[] {
                "Wiersz 2: „not-an-email” nie jest poprawnym adresem e-mail.",
                "Wiersz 3: adres „BIURO@example.com” się powtarza (jest już w wierszu 1)."});
        assertThat(emails(serviceId)).isEmpty();
        assertAccessible(page);

        page.getByLabel("Adresy e-mail").fill("biuro@example.com\n\n  ksiegowosc@example.com  ");
        button("Zapisz adresy").click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Adresy e-mail powiadomień zostały zapisane.");
        assertThat(page.getByLabel("Adresy e-mail")).hasValue("biuro@example.com\nksiegowosc@example.com");
        assertThat(emails(serviceId)).containsExactly("biuro@example.com", "ksiegowosc@example.com");

        page.getByLabel("Adres URL notyfikacji").fill("");
        page.getByLabel("Hasło do potwierdzenia adresu").fill(Fixtures.PASSWORD);
        button("Zapisz adres").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Adres URL notyfikacji został usunięty.");
        assertThat(notificationUrl(serviceId)).isNull();
    }

    @Test
    void theAccountingKeyIsShownMaskedAndCanBeRemoved() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        UUID serviceId = shopManagement.register(merchant.id(), "Sklep z fakturami", "https://f.example.com");
        signIn(page, merchant.email(Role.REPRESENTATIVE), Fixtures.PASSWORD);
        page.navigate("/shops/" + serviceId + "/integration");
        assertThat(page.locator("#accounting-key-masked")).hasText("nie ustawiono");

        page.getByLabel("Klucz API ING Księgowość").fill("short");
        button("Zapisz klucz").click();
        assertThat(page.locator("#accountingKey-error")).hasText("Klucz musi mieć od 8 do 200 znaków.");
        assertAccessible(page);

        page.getByLabel("Klucz API ING Księgowość").fill("ing-ksiegowosc-1a2b");
        button("Zapisz klucz").click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Klucz API ING Księgowość został zapisany.");
        assertThat(page.locator("#accounting-key-masked")).hasText("••••••••1a2b");
        assertThat(page.content()).doesNotContain("ing-ksiegowosc-1a2b");
        assertThat(jdbc.sql("select accounting_key from shop where service_id = ?").param(serviceId)
                .query(String.class).single()).isNotNull().doesNotContain("ing-ksiegowosc");
        assertAccessible(page);

        button("Usuń klucz").click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Klucz API ING Księgowość został usunięty.");
        assertThat(page.locator("#accounting-key-masked")).hasText("nie ustawiono");
        assertThat(button("Usuń klucz")).hasCount(0);
        assertThat(jdbc.sql("select accounting_key from shop where service_id = ?").param(serviceId)
                .query((rs, row) -> rs.getString(1)).list()).containsExactly((String) null);
    }

    @Test
    void aTechnicalUserWorksWithTheTabToo() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        UUID serviceId = shopManagement.register(merchant.id(), "Sklep techniczny", "https://t.example.com");
        signIn(page, merchant.email(Role.TECHNICAL), Fixtures.PASSWORD);
        page.navigate("/shops/" + serviceId + "/data");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dane do integracji")).click();
        assertAccessible(page);

        page.getByLabel("Twoje hasło").fill(Fixtures.PASSWORD);
        button("Pokaż klucz").click();
        assertThat(page.getByLabel("Klucz sklepu (serviceKey)")).hasValue(keys.current(serviceId));

        page.navigate("/shops/" + serviceId + "/integration");
        page.getByLabel("Nazwa tokenu").fill("Sylius");
        page.getByLabel("Hasło do potwierdzenia tokenu").fill(Fixtures.PASSWORD);
        button("Utwórz token").click();
        assertThat(page.locator("#api-token-list")).containsText("Sylius");
        page.getByLabel("Adres URL notyfikacji").fill("https://t.example.com/notify");
        page.getByLabel("Hasło do potwierdzenia adresu").fill(Fixtures.PASSWORD);
        button("Zapisz adres").click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Adres URL notyfikacji został zapisany.");

        page.navigate("/shops/" + serviceId + "/integration?lang=en");
        assertThat(page.locator("h2").first()).hasText("Integration data");
        assertAccessible(page);
    }

    @Test
    void copyButtonsPutTheValueOnTheClipboardAndSaySo() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        UUID serviceId = shopManagement.register(merchant.id(), "Sklep do kopiowania", "https://c.example.com");
        context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
        signIn(page, merchant.email(Role.REPRESENTATIVE), Fixtures.PASSWORD);
        page.navigate("/shops/" + serviceId + "/integration");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kopiuj Identyfikator sklepu")).click();
        assertThat(page.locator("#copy-status")).hasText("Skopiowano do schowka.");
        assertThat(page.evaluate("navigator.clipboard.readText()")).isEqualTo(serviceId.toString());
        assertAccessible(page);
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private String notificationUrl(UUID serviceId) {
        return jdbc.sql("select notification_url from shop where service_id = ?").param(serviceId)
                .query((rs, row) -> rs.getString(1)).list().get(0);
    }

    private List<String> emails(UUID serviceId) {
        return jdbc.sql("select email from shop_notification_email where service_id = ? order by position")
                .param(serviceId).query(String.class).list();
    }
}
