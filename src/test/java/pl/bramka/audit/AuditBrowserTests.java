package pl.bramka.audit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import pl.bramka.BrowserTest;
import pl.bramka.Fixtures;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.user.Role;

class AuditBrowserTests extends BrowserTest {

    @Test
    void aRepresentativeReadsFiltersExportsAndVerifiesTheLog() throws Exception {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        String representative = merchant.email(Role.REPRESENTATIVE);
        signIn(page, merchant.email(Role.TECHNICAL), "a wrong password");
        signIn(page, representative, Fixtures.PASSWORD);

        page.locator("summary").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dziennik zdarzeń")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dziennik zdarzeń")))
                .isVisible();
        assertThat(page.locator("#audit-entries tbody tr").first()).containsText("Logowanie");
        assertThat(page.locator("#audit-entries tbody tr").first()).containsText(representative);
        assertThat(page.locator("#audit-entries")).containsText("Nieudane logowanie");
        assertAccessible(page);

        page.getByLabel("Rodzaj").selectOption("SIGN_IN_FAILED");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pokaż")).click();
        assertThat(page).hasURL(Pattern.compile(".*/audit\\?.*kind=SIGN_IN_FAILED.*"));
        assertThat(page.locator("#audit-entries tbody tr")).hasCount(1);
        assertThat(page.locator("#audit-entries tbody tr")).containsText(merchant.email(Role.TECHNICAL));
        assertThat(page.locator("#audit-entries tbody tr")).containsText("wrongPassword");

        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Pobierz CSV")).click());
        String csv = Files.readString(download.path());
        assertThat(csv).startsWith("seq,time,user,address,kind").contains("SIGN_IN_FAILED").doesNotContain(",SIGN_IN,");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sprawdź łańcuch")).click();
        assertThat(page.locator("#verification")).hasText("Łańcuch jest nienaruszony: sprawdzono wpisów: 2.");

        jdbc.sql("update audit_entry set address = '10.0.0.1' where merchant_id = ? and seq = 2")
                .param(merchant.id()).update();
        page.navigate("/audit/verify?lang=en");
        assertThat(page.locator("#verification")).hasText("Entry 2 was edited outside the application.");
        assertAccessible(page);
    }

    @Test
    void onlyRepresentativesSeeTheLog() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        signIn(page, merchant.email(Role.FINANCE_ACTIVE), Fixtures.PASSWORD);
        page.locator("summary").click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dziennik zdarzeń")))
                .hasCount(0);
        assertThat(page.navigate("/audit").status()).isEqualTo(403);
    }
}
