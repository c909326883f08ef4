package pl.bramka.shop;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.bramka.BrowserTest;
import pl.bramka.Fixtures;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.Mailbox;
import pl.bramka.user.Role;
import pl.bramka.user.UserManagement;

/** The journeys of sensitive changes: a new IBAN confirmed by a second Representative, a token with chosen scopes. */
class SensitiveChangesBrowserTests extends BrowserTest {

    @Autowired
    ShopManagement shopManagement;

    @Autowired
    UserManagement users;

    @Test
    void aSecondRepresentativeConfirmsANewIbanFromTheEmailLink() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        String second = "anna-" + UUID.randomUUID() + "@example.com";
        users.createActiveUser(merchant.id(), second, "Anna", "Druga", Role.REPRESENTATIVE, Fixtures.PASSWORD);
        UUID serviceId = shopManagement.registerDemoShop(merchant.id());

        signIn(page, merchant.email(Role.REPRESENTATIVE), Fixtures.PASSWORD);
        page.navigate("/shops/" + serviceId + "/data/edit");
        page.getByLabel("IBAN").fill("PL27 1140 2004 0000 3002 0135 5387");
        page.getByLabel("Twoje hasło").fill(Fixtures.PASSWORD);
        button("Zapisz").click();
        assertThat(page.locator("#shop-iban")).hasText("PL61 1090 1014 0000 0712 1981 2874");
        assertThat(page.locator("#pending-iban-change")).containsText("PL27 1140 2004 0000 3002 0135 5387");
        assertThat(page.locator("#pending-iban-change")).containsText("gdy potwierdzi go inny Reprezentant");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Potwierdź lub odrzuć")).click();
        assertThat(page.locator("#iban-change")).containsText("Czeka na potwierdzenie");
        assertThat(button("Potwierdź nowy rachunek")).hasCount(0);
        assertAccessible(page);

        String link = Mailbox.linkIn(Mailbox.awaitMessage(MAIL, second, "Zmiana numeru rachunku"));
        context.clearCookies();
        signIn(page, second, Fixtures.PASSWORD);
        page.navigate(URI.create(link).getPath());
        button("Potwierdź nowy rachunek").click();
        assertThat(page.locator("#password-error")).hasText("To pole jest wymagane.");
        assertAccessible(page);
        page.getByLabel("Twoje hasło").fill(Fixtures.PASSWORD);
        button("Potwierdź nowy rachunek").click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Nowy numer rachunku obowiązuje od teraz.");
        assertThat(page.locator("#shop-iban")).hasText("PL27 1140 2004 0000 3002 0135 5387");
        assertThat(page.locator("#pending-iban-change")).hasCount(0);

        page.navigate(URI.create(link).getPath() + "?lang=en");
        assertThat(page.locator("#iban-change-status")).hasText("In force");
        assertAccessible(page);
    }

    @Test
    void aTechnicalUserIssuesATokenWithoutTheRefundScope() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        UUID serviceId = shopManagement.register(merchant.id(), "Sklep", "https://sklep.example.com");
        signIn(page, merchant.email(Role.TECHNICAL), Fixtures.PASSWORD);
        page.navigate("/shops/" + serviceId + "/integration");

        assertThat(page.getByLabel("Zwroty", new Page.GetByLabelOptions().setExact(true))).isDisabled();
        assertThat(page.getByLabel("Odczyt transakcji")).isChecked();
        page.getByLabel("Tworzenie transakcji i linków płatności").uncheck();
        page.getByLabel("Nazwa tokenu").fill("Raporty");
        page.getByLabel("Hasło do potwierdzenia tokenu").fill(Fixtures.PASSWORD);
        button("Utwórz token").click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Token został utworzony");
        Locator row = page.locator("#api-token-list tbody tr");
        assertThat(row.locator(".token-scopes")).hasText("Odczyt transakcji");
        assertAccessible(page);
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }
}
