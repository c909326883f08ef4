package pl.bramka.shop;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import pl.bramka.BrowserTest;
import pl.bramka.Fixtures;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.user.Role;

class ShopsBrowserTests extends BrowserTest {

    @Test
    void aRepresentativeAddsAShopAndEditsItsDataWithHistory() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        signIn(page, merchant.email(Role.REPRESENTATIVE), Fixtures.PASSWORD);
        assertThat(path(page)).isEqualTo("/dashboard");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sklepy")).click();
        assertThat(page.getByText("Nie masz jeszcze żadnego sklepu.")).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dodaj sklep")).click();
        assertAccessible(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zapisz")).click();
        assertThat(page.locator("#name-error")).hasText("To pole jest wymagane.");
        page.getByLabel("Nazwa sklepu").fill("Kwiaciarnia Róża");
        page.getByLabel("Adres WWW").fill("kwiaty.pl");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zapisz")).click();
        assertThat(page.locator("#website-error")).containsText("http://");
        page.getByLabel("Adres WWW").fill("https://kwiaty.pl");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zapisz")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Sklep został dodany.");
        assertThat(page.locator("h1")).hasText("Kwiaciarnia Róża");
        assertThat(page.locator("#shop-data")).containsText("Bez limitu");
        assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edytuj dane sklepu")).click();
        assertAccessible(page);
        page.getByLabel("IBAN").fill("PL61 1090 1014 0000 0712 1981 2875");
        page.locator("#mcc").evaluate("select => { const o = document.createElement('option'); o.value = '0000'; "
                + "o.text = 'forged'; select.add(o); select.value = '0000'; }");
        page.getByLabel("Ograniczona do podanej liczby sekund").check();
        page.getByLabel("Aktywność płatności w sekundach").fill("30");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zapisz")).click();
        assertThat(page.locator("#iban-error")).hasText(
                "Numer IBAN ma błędne cyfry kontrolne. Sprawdź, czy został przepisany bez pomyłek.");
        assertThat(page.locator("#mcc-error")).hasText("Wybierz kod MCC z listy.");
        assertThat(page.locator("#activitySeconds-error")).containsText("co najmniej 60");
        assertAccessible(page);

        page.getByLabel("IBAN").fill("PL61 1090 1014 0000 0712 1981 2874");
        page.locator("#mcc").selectOption("5992");
        page.getByLabel("Aktywność płatności w sekundach").fill("900");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zapisz")).click();
        assertThat(page.locator("#password-error")).hasText("To pole jest wymagane.");
        page.getByLabel("Twoje hasło").fill(Fixtures.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zapisz")).click();

        // A new IBAN waits for confirmation (one Representative: 24 hours without an objection); the rest applies.
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Nowy numer rachunku zacznie obowiązywać po potwierdzeniu");
        assertThat(page.locator("#shop-iban")).hasText("nie ustawiono");
        assertThat(page.locator("#pending-iban-change")).containsText("PL61 1090 1014 0000 0712 1981 2874");
        assertAccessible(page);
        assertThat(page.locator("#shop-mcc")).hasText("5992 – Florists");
        assertThat(page.locator("#shop-activity")).hasText("900 s");
        assertThat(page.locator("#shop-history")).containsText("PL61109010140000071219812874");
        assertThat(page.locator("#shop-history")).containsText("Jan");
    }

    @Test
    void financeAndTechnicalUsersSeeShopDataButCannotEditIt() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        var serviceId = shopManagement.register(merchant.id(), "Sklep A", "https://a.example.com");
        for (Role role : new Role[] {Role.FINANCE_ACTIVE, Role.TECHNICAL}) {
            context.clearCookies();
            signIn(page, merchant.email(role), Fixtures.PASSWORD);
            page.navigate("/shops/" + serviceId + "/data");
            assertThat(page.locator("h1")).hasText("Sklep A");
            assertThat(page.locator("#edit-shop-data")).hasCount(0);
            page.navigate("/shops/" + serviceId + "/data/edit");
            assertThat(page.locator("h1")).hasText("Brak dostępu");
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    ShopManagement shopManagement;
}
