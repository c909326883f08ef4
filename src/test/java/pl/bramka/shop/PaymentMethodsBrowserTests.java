package pl.bramka.shop;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.bramka.BrowserTest;
import pl.bramka.Fixtures;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.user.Role;

class PaymentMethodsBrowserTests extends BrowserTest {

    @Autowired
    ShopManagement shopManagement;

    @Test
    void aMethodIsSwitchedOffAfterConfirmationAndLeavesTheActiveList() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        UUID serviceId = shopManagement.register(merchant.id(), "Sklep B", "https://b.example.com");
        signIn(page, merchant.email(Role.REPRESENTATIVE), Fixtures.PASSWORD);
        page.navigate("/shops/" + serviceId + "/methods");
        assertAccessible(page);
        assertThat(page.locator("#methods-blik tr[data-code='blik']")).containsText("Włączona");
        assertThat(page.locator("#methods-blik tr[data-code='blik']")).containsText("1,29 %");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Wyłącz: BLIK")).click();
        assertThat(page.locator("h2")).hasText("Wyłączyć metodę BLIK?");
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tak, wyłącz")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Metoda została wyłączona.");
        assertThat(page.locator("#methods-blik tr[data-code='blik']")).containsText("Wyłączona");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Metody płatności").setExact(true)).first().click();
        assertThat(page.locator("#active-methods tr[data-code='blik'][data-service-id='" + serviceId + "']")).hasCount(0);
        assertThat(page.locator("#active-methods tr[data-code='ipko'][data-service-id='" + serviceId + "']")).hasCount(1);
        assertAccessible(page);
        page.navigate("/shops/" + serviceId + "/data");
        assertThat(page.locator("#shop-history tbody tr").first()).containsText("Metoda płatności blik");
        assertThat(page.locator("#shop-history tbody tr").first()).containsText("wyłączona");
    }

    @Test
    void theCommissionPreviewShowsAmountCommissionAndNet() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        UUID serviceId = shopManagement.register(merchant.id(), "Sklep C", "https://c.example.com");
        signIn(page, merchant.email(Role.FINANCE_PASSIVE), Fixtures.PASSWORD);
        page.navigate("/payment-methods");
        page.locator("#active-methods tr[data-code='blik'][data-service-id='" + serviceId + "']")
                .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Podgląd prowizji: BLIK – Sklep C")).click();

        page.getByLabel("Kwota").fill("abc");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Oblicz")).click();
        assertThat(page.locator("#amount-error")).containsText("Podaj kwotę większą od zera");

        page.getByLabel("Kwota").fill("100");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Oblicz")).click();
        assertThat(page.locator("#preview-amount")).hasText("100,00\u00a0zł");
        assertThat(page.locator("#preview-commission")).hasText("1,54\u00a0zł");
        assertThat(page.locator("#preview-net")).hasText("98,46\u00a0zł");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Wyłącz"))).hasCount(0);
        assertAccessible(page);
    }

    @Test
    void technicalUsersSeeNoMethodsOrCommissions() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        UUID serviceId = shopManagement.register(merchant.id(), "Sklep D", "https://d.example.com");
        signIn(page, merchant.email(Role.TECHNICAL), Fixtures.PASSWORD);

        page.navigate("/shops/" + serviceId + "/data");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Metody płatności"))).hasCount(0);
        page.navigate("/shops/" + serviceId + "/methods");
        assertThat(page.locator("h1")).hasText("Brak dostępu");
        page.navigate("/payment-methods");
        assertThat(page.locator("h1")).hasText("Brak dostępu");
    }
}
