package pl.bramka.report;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.bramka.BrowserTest;
import pl.bramka.Fixtures;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.Fixtures.TestShop;
import pl.bramka.SettledSales;
import pl.bramka.payment.Customer;
import pl.bramka.payment.PaymentSource;
import pl.bramka.payment.Refunds;
import pl.bramka.payment.Transaction;
import pl.bramka.payout.PayoutDesk;
import pl.bramka.user.Role;

/**
 * The reports section in a real browser: a sale of 100.00 zł (commission 1.54 zł) and a refund of 30.00 zł on a day
 * of last month, paid out (68.46 zł) after midnight; the accountant's button, the filters and the totals, and axe on
 * every page in Polish and English.
 */
class ReportsBrowserTests extends BrowserTest {

    @Autowired
    SettledSales sales;

    @Autowired
    Refunds refunds;

    @Autowired
    PayoutDesk payouts;

    @Test
    void theAccountantsButtonDownloadsLastMonthWithExactlyTheGuidesColumns() throws Exception {
        LocalDate today = ReportTestData.day(1262).withDayOfMonth(12);
        LocalDate lastMonthDay = today.minusMonths(1).withDayOfMonth(20);
        TestMerchant merchant = aDayOfBookings(lastMonthDay, "ZAM/KS/1");
        ReportTestData.moveTo(clock, today, LocalTime.NOON);

        signIn(page, merchant.email(Role.FINANCE_PASSIVE), Fixtures.PASSWORD);
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Nawigacja główna"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Raporty")).click();
        assertThat(page.locator("h1")).hasText("Raporty");
        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Raport dla księgowej")).click());

        assertThat(download.suggestedFilename()).isEqualTo("raport-" + today.minusMonths(1).withDayOfMonth(1) + "-"
                + today.withDayOfMonth(1).minusDays(1) + ".csv");
        String text = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<List<String>> rows = CSVFormat.DEFAULT.builder().setDelimiter(';').get()
                .parse(new StringReader(text.substring(1))).getRecords().stream().map(CSVRecord::values)
                .map(List::of).toList();
        assertThat(rows).containsExactly(
                List.of("Numer zamówienia", "Kwota", "Kwota prowizji", "Waluta"),
                List.of("ZAM/KS/1", "100,00", "-1,54", "PLN"),
                List.of("ZAM/KS/1", "-30,00", "0,00", "PLN"),
                List.of("", "-68,46", "0,00", "PLN"));
    }

    @Test
    void filtersChangeTheListAndTheTotalsAndEveryReportsPageIsAccessibleInBothLanguages() {
        LocalDate day = ReportTestData.day(1266);
        TestMerchant merchant = aDayOfBookings(day, "ZAM/F/1");
        ReportTestData.moveTo(clock, day.plusDays(2), LocalTime.NOON);

        signIn(page, merchant.email(Role.FINANCE_ACTIVE), Fixtures.PASSWORD);
        page.navigate("/reports");
        assertThat(page.locator("#filters")).hasJSProperty("open", false);
        page.getByText("Pokaż filtry").click();
        page.getByLabel("Zakres dat").selectOption("custom");
        page.getByLabel("Od dnia").fill(day.toString());
        page.getByLabel("Do dnia").fill(day.plusDays(1).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pokaż").setExact(true)).click();
        assertThat(page.locator("#bookings tbody tr")).hasCount(4);
        assertThat(page.locator("#totals .total-amount")).hasText("0,00\u00a0zł");
        assertAccessible(page);

        assertThat(page.locator("#filters")).hasJSProperty("open", true);   // the address holds a filter: shown
        Locator operations = page.locator("#operation-group");
        operations.getByLabel("Sprzedaż").uncheck();
        operations.getByLabel("Prowizja").uncheck();
        operations.getByLabel("Wypłacona").uncheck();
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pokaż").setExact(true)).click();
        assertThat(page.locator("#bookings tbody tr")).hasCount(1);
        assertThat(page.locator("#bookings tbody tr")).containsText("Zwrot");
        assertThat(page.locator("#totals .total-amount")).hasText("-30,00\u00a0zł");
        assertThat(page.locator("#totals .total-rows")).hasText("1");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Wygeneruj raport")).click();
        assertThat(page.locator("h1")).hasText("Wygeneruj raport");
        assertThat(page.locator("#operation-group").getByLabel("Zwrot")).isChecked();
        assertThat(page.locator("#operation-group").getByLabel("Sprzedaż")).not().isChecked();
        assertAccessible(page);
        page.getByLabel("Do dnia").fill(day.minusDays(1).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pobierz")).click();
        assertThat(page.locator("#to-error")).hasText("Ostatni dzień nie może być wcześniejszy niż pierwszy.");
        assertThat(page.getByLabel("Do dnia")).hasAttribute("aria-describedby", "to-error");
        assertAccessible(page);

        page.navigate("/reports/payouts?show=1&format=html&range=custom&from=" + day + "&to=" + day);
        assertThat(page.locator(".payout-amount")).hasText("68,46\u00a0zł");
        assertThat(page.locator(".items-total")).hasText("68,46\u00a0zł");
        assertAccessible(page);

        for (String path : List.of("/reports?lang=en&range=custom&from=" + day + "&to=" + day, "/reports/new",
                "/reports/payouts?show=1&format=html&range=custom&from=" + day + "&to=" + day)) {
            page.navigate(path);
            assertThat(page.locator("html")).hasAttribute("lang", "en");
            assertAccessible(page);
        }
        assertThat(page.locator("h1")).hasText("Payout report");
    }

    /** A merchant with a sale and a refund on the day, paid out after midnight. */
    private TestMerchant aDayOfBookings(LocalDate day, String orderId) {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        TestShop shop = fixtures.shopOf(merchant);
        ReportTestData.moveTo(clock, day, LocalTime.of(11, 0));
        Transaction sale = sales.settled(shop, 100_00, orderId, "Zakupy",
                new Customer("Anna", "Nowak", "anna.nowak@example.com", "+48600100200"));
        refunds.refund(sale, 30_00, "Zwrot", PaymentSource.WEB);
        ReportTestData.moveTo(clock, day.plusDays(1), LocalTime.of(0, 30));
        payouts.runSettlement();
        return merchant;
    }
}
