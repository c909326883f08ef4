package pl.bramka.ksef;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import pl.bramka.BrowserTest;
import pl.bramka.Fixtures;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.user.Role;

class KsefSettingsBrowserTests extends BrowserTest {

    private static final String TOKEN = "20261207-EC-0A1B2C3D4E-5F6A7B8C9D-12|nip-5260250274|feedc0ffee7788";

    @Test
    void theRepresentativeSavesTheTokenWithThePasswordAndSwitchesSendingOn() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        jdbc.sql("update merchant set nip = ? where id = ?").params(KsefTestData.randomNip(), merchant.id()).update();
        signIn(page, merchant.email(Role.REPRESENTATIVE), Fixtures.PASSWORD);

        page.locator("summary").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("KSeF")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("KSeF").setExact(true)))
                .isVisible();
        assertThat(page.locator("#token-state")).hasText("Nie zapisano jeszcze tokena KSeF.");
        assertAccessible(page);

        page.getByLabel("Wysyłaj faktury do KSeF").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zapisz").setExact(true)).click();
        assertThat(page.locator("#enabled-error"))
                .hasText("Nie można włączyć wysyłania bez tokena KSeF: zapisz go najpierw poniżej.");
        assertThat(page.getByLabel("Wysyłaj faktury do KSeF")).hasAttribute("aria-invalid", "true");
        assertAccessible(page);

        page.getByLabel("Nowy token KSeF").fill(TOKEN);
        page.getByLabel("Twoje hasło").fill("not my password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zapisz token")).click();
        assertThat(page.locator("#tokenPassword-error")).isVisible();
        assertThat(page.getByLabel("Nowy token KSeF")).hasValue("");
        assertThat(page.locator("#token-state")).hasText("Nie zapisano jeszcze tokena KSeF.");
        assertAccessible(page);

        page.getByLabel("Nowy token KSeF").fill(TOKEN);
        page.getByLabel("Twoje hasło").fill(Fixtures.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zapisz token")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Token KSeF zapisany.");
        assertThat(page.locator("#token-state")).hasText("Zapisany token: ••••••••7788");
        assertThat(page.content()).doesNotContain(TOKEN).doesNotContain("feedc0ffee");

        page.getByLabel("Wysyłaj faktury do KSeF").check();
        page.getByLabel("Środowisko KSeF").selectOption("DEMO");
        page.getByLabel("Wysyłaj do KSeF także faktury dla konsumentów").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zapisz").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Ustawienia KSeF zapisane.");
        assertThat(page.getByLabel("Wysyłaj faktury do KSeF")).isChecked();
        assertThat(page.getByLabel("Środowisko KSeF")).hasValue("DEMO");

        page.navigate("/invoices/ksef?lang=en");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("KSeF token"))).isVisible();
        assertThat(page.locator("#token-state")).hasText("Saved token: ••••••••7788");
        assertAccessible(page);

        page.navigate("/audit");
        assertThat(page.locator("#audit-entries")).containsText("KSeF token");
        assertThat(page.locator("#audit-entries")).containsText("KSeF settings");
        assertThat(page.content()).doesNotContain(TOKEN);
    }

    @Test
    void withoutTheMerchantsNipSendingCannotBeSwitchedOn() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        signIn(page, merchant.email(Role.REPRESENTATIVE), Fixtures.PASSWORD);
        page.navigate("/invoices/ksef");
        assertThat(page.locator("#no-nip")).containsText("W danych firmy nie ma NIP-u");
        assertThat(page.locator("#no-nip a")).hasAttribute("href", "/contact");

        page.getByLabel("Wysyłaj faktury do KSeF").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zapisz").setExact(true)).click();
        assertThat(page.locator("#enabled-error"))
                .hasText("Nie można włączyć wysyłania: w danych firmy nie ma NIP-u.");
        assertAccessible(page);
        assertThat(jdbc.sql("select count(*) from ksef_settings where merchant_id = ?").param(merchant.id())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void onlyTheRepresentativeReachesTheSettings() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        for (Role role : new Role[] {Role.FINANCE_ACTIVE, Role.FINANCE_PASSIVE, Role.TECHNICAL}) {
            var context = newContext();
            Page other = context.newPage();
            signIn(other, merchant.email(role), Fixtures.PASSWORD);
            other.locator("summary").click();
            assertThat(other.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("KSeF"))).hasCount(0);
            assertThat(other.navigate("/invoices/ksef").status()).as(role.name()).isEqualTo(403);
            context.close();
        }
    }
}
