package pl.bramka.report;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.bramka.BrowserTest;
import pl.bramka.Fixtures;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.report.BackgroundReports.Request;
import pl.bramka.user.Role;

/** {@code /reports/generated} in a real browser: a large export's progress, its download and its deletion. */
class GeneratedReportsBrowserTests extends BrowserTest {

    @Autowired
    BackgroundReports background;

    @Test
    void aLargeExportShowsItsProgressUntilItIsReadyThenDownloadsAndIsDeleted() throws Exception {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        UUID requester = fixtures.signedIn(merchant.email(Role.REPRESENTATIVE)).id();
        CountDownLatch paused = new CountDownLatch(1);
        CountDownLatch resume = new CountDownLatch(1);
        UUID id = background.start(new Request(merchant.id(), requester, "transakcje-duze.csv",
                "text/csv;charset=UTF-8", 40_000, "format=csv&from=2026-10-01&to=2026-10-31"),
                GeneratedReportsTests.rows(40_000, 30_000, paused, resume));
        assertThat(paused.await(30, TimeUnit.SECONDS)).isTrue();

        signIn(page, merchant.email(Role.FINANCE_ACTIVE), Fixtures.PASSWORD);
        page.navigate("/reports/generated");
        assertThat(page.locator("h1")).hasText("Wygenerowane raporty");
        Locator row = page.locator("tr[data-report-id='" + id + "']");
        Locator progress = row.getByRole(AriaRole.PROGRESSBAR);
        assertThat(progress).hasAttribute("aria-valuenow", "30000");
        assertThat(progress).hasAttribute("aria-valuemax", "40000");
        assertThat(progress).containsText("30 000 z 40 000 wierszy");
        assertThat(row).containsText("W trakcie");
        assertThat(row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Pobierz transakcje-duze.csv")))
                .hasCount(0);
        assertAccessible(page);

        resume.countDown();
        // No reload: the list asks for itself every two seconds while the report runs.
        assertThat(row.locator(".report-state")).containsText("Gotowy",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
        assertThat(progress).hasAttribute("aria-valuenow", "40000");
        Download download = page.waitForDownload(() -> row.getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Pobierz transakcje-duze.csv")).click());
        assertThat(download.suggestedFilename()).isEqualTo("transakcje-duze.csv");
        assertThat(Files.readAllBytes(download.path())).isEqualTo(GeneratedReportsTests.expectedBytes(40_000));
        assertAccessible(page);

        page.navigate("/reports/generated?lang=en");
        assertThat(page.locator("h1")).hasText("Generated reports");
        assertThat(row).containsText("Ready");
        assertAccessible(page);

        row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Delete transakcje-duze.csv")).click();
        assertThat(page.locator("#delete-confirmation")).containsText("Delete the file transakcje-duze.csv?");
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete the file")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("The file was deleted.");
        assertThat(page.locator("#no-generated-reports")).isVisible();
        assertAccessible(page);
    }
}
