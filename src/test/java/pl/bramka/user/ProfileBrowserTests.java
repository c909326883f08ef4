package pl.bramka.user;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import pl.bramka.BrowserTest;
import pl.bramka.Fixtures;
import pl.bramka.Fixtures.TestMerchant;

class ProfileBrowserTests extends BrowserTest {

    @Test
    void nameLanguageAndOrdersViewAreSavedAndTheLanguageAppliesAtOnce() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        String email = merchant.email(Role.FINANCE_ACTIVE);
        signIn(page, email, Fixtures.PASSWORD);
        page.navigate("/profile");
        assertAccessible(page);

        page.getByLabel("Imię").fill("");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zapisz")).click();
        assertThat(page.locator("#firstName-error")).hasText("To pole jest wymagane.");

        page.getByLabel("Imię").fill("Maria");
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Język")).selectOption("en");
        page.getByLabel("Zamówienia – próby płatności zgrupowane według numeru zamówienia").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zapisz")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Your changes have been saved.");
        assertThat(page.locator("summary")).hasText("Maria " + jdbc.sql("select last_name from user_account where email = ?")
                .param(email).query(String.class).single());
        assertThat(page.getByLabel("Orders: payment attempts grouped by order number")).isChecked();
        assertThat(jdbc.sql("select orders_view from user_account where email = ?").param(email)
                .query(String.class).single()).isEqualTo("ORDERS");
        assertThat(page.locator("header nav a[href='/orders']")).hasText("Orders");
        assertThat(page.locator("header nav a[href='/transactions']")).hasCount(0);
    }

    @Test
    void thePasswordChangesOnlyWithTheCurrentPassword() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        String email = merchant.email(Role.TECHNICAL);
        signIn(page, email, Fixtures.PASSWORD);
        page.navigate("/profile/password");
        assertAccessible(page);

        page.getByLabel("Obecne hasło").fill("not my password");
        page.getByLabel("Nowe hasło", new Page.GetByLabelOptions().setExact(true)).fill("another long passphrase");
        page.getByLabel("Powtórz nowe hasło").fill("another long passphrase");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zmień hasło")).click();
        assertThat(page.locator("#currentPassword-error")).hasText("Obecne hasło jest nieprawidłowe.");

        page.getByLabel("Obecne hasło").fill(Fixtures.PASSWORD);
        page.getByLabel("Nowe hasło", new Page.GetByLabelOptions().setExact(true)).fill("another long passphrase");
        page.getByLabel("Powtórz nowe hasło").fill("another long passphrase, typo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zmień hasło")).click();
        assertThat(page.locator("#confirmation-error")).hasText("Hasła nie są takie same.");

        page.getByLabel("Obecne hasło").fill(Fixtures.PASSWORD);
        page.getByLabel("Nowe hasło", new Page.GetByLabelOptions().setExact(true)).fill("another long passphrase");
        page.getByLabel("Powtórz nowe hasło").fill("another long passphrase");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zmień hasło")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Hasło zostało zmienione");

        page.navigate("/profile");
        assertThat(path(page)).isEqualTo("/profile");
        context.clearCookies();
        signIn(page, email, "another long passphrase");
        assertThat(path(page)).isEqualTo("/shops");
    }
}
