package pl.bramka.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import pl.bramka.BrowserTest;
import pl.bramka.Fixtures;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.user.Role;

class SignInBrowserTests extends BrowserTest {

    @Test
    void theRightPasswordOpensThePanelAndSignOutEndsIt() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        page.navigate("/");
        assertThat(path(page)).isEqualTo("/login");
        assertAccessible(page);

        signIn(page, merchant.email(Role.REPRESENTATIVE), Fixtures.PASSWORD);

        assertThat(path(page)).isEqualTo("/transactions");
        assertThat(page.locator("header")).containsText("Sklep ");
        assertAccessible(page);
        page.locator("summary").click();
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Wyloguj")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Wylogowano");
        page.navigate("/users");
        assertThat(path(page)).isEqualTo("/login");
    }

    @Test
    void aWrongPasswordIsRefusedWithAClearMessage() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();

        signIn(page, merchant.email(Role.FINANCE_ACTIVE), "not the password at all");

        assertThat(path(page)).isEqualTo("/login");
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Nieprawidłowy e-mail lub hasło.");
        assertAccessible(page);
    }

    @Test
    void fiveFailuresLockTheAccountEvenForTheRightPassword() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        String email = merchant.email(Role.TECHNICAL);
        for (int attempt = 0; attempt < 5; attempt++) {
            signIn(page, email, "wrong password " + attempt);
        }

        signIn(page, email, Fixtures.PASSWORD);

        assertThat(path(page)).isEqualTo("/login");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Zbyt wiele nieudanych prób logowania");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("15 min");
    }

    @Test
    void theSignInPageSpeaksEnglishOnRequest() {
        page.navigate("/login");
        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("EN")).click();

        assertThat(page.locator("h1")).hasText("Sign in");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        page.navigate("/password/forgot");
        assertThat(page.locator("h1")).hasText("Reset password");
        assertAccessible(page);
    }
}
