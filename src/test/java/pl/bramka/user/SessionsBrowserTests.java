package pl.bramka.user;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import pl.bramka.BrowserTest;
import pl.bramka.Fixtures;
import pl.bramka.Fixtures.TestMerchant;

class SessionsBrowserTests extends BrowserTest {

    @Test
    void theProfileListsSessionsAndEndsOneOrAllOthers() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        String email = merchant.email(Role.FINANCE_ACTIVE);
        try (BrowserContext laptop = newContext(); BrowserContext phone = newContext()) {
            Page laptopPage = laptop.newPage();
            Page phonePage = phone.newPage();
            signIn(laptopPage, email, Fixtures.PASSWORD);
            signIn(phonePage, email, Fixtures.PASSWORD);
            signIn(page, email, Fixtures.PASSWORD);

            page.navigate("/profile");
            assertThat(page.locator("#session-list tbody tr")).hasCount(3);
            assertThat(page.locator("#session-list tbody tr[data-current=true]")).containsText("To urządzenie");
            assertThat(page.locator("#session-list tbody tr").first()).containsText("Chrome");
            assertThat(page.locator("#session-list tbody tr").first().locator("td").nth(1)).not().isEmpty();
            assertAccessible(page);

            page.locator("#session-list tbody tr:not([data-current=true])").first()
                    .getByRole(AriaRole.BUTTON).click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Sesja została zakończona.");
            assertThat(page.locator("#session-list tbody tr")).hasCount(2);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zakończ wszystkie pozostałe sesje"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Pozostałe sesje zostały zakończone.");
            assertThat(page.locator("#session-list tbody tr")).hasCount(1);

            laptopPage.navigate("/transactions");
            phonePage.navigate("/transactions");
            assertThat(path(laptopPage)).isEqualTo("/login");
            assertThat(path(phonePage)).isEqualTo("/login");
            page.navigate("/transactions");
            assertThat(path(page)).isEqualTo("/transactions");
        }
    }

    @Test
    void aSessionEndsTwelveHoursAfterSignInHoweverBusy() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        signIn(page, merchant.email(Role.REPRESENTATIVE), Fixtures.PASSWORD);
        page.navigate("/users");
        assertThat(path(page)).isEqualTo("/users");

        clock.advance(Duration.ofHours(11).plusMinutes(50));
        page.navigate("/users");
        assertThat(path(page)).isEqualTo("/users");

        clock.advance(Duration.ofMinutes(10));
        page.navigate("/users");
        assertThat(path(page)).isEqualTo("/login");
    }
}
