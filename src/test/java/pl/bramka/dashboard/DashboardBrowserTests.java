package pl.bramka.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.bramka.BrowserTest;
import pl.bramka.Fixtures;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.payment.PaymentProcessing;
import pl.bramka.payment.Payments;
import pl.bramka.payment.Refunds;
import pl.bramka.payment.Transaction;
import pl.bramka.shared.DayRange;
import pl.bramka.shared.Money;
import pl.bramka.user.Role;

class DashboardBrowserTests extends BrowserTest {

    private static final Locale POLISH = Locale.forLanguageTag("pl");

    @Autowired
    Payments payments;

    @Autowired
    PaymentProcessing processing;

    @Autowired
    Refunds refunds;

    TestMerchant merchant;
    SalesDesk desk;
    UUID shop;

    @BeforeEach
    void merchant() {
        merchant = fixtures.merchantWithAllRoles();
        shop = fixtures.shopOf(merchant).serviceId();
        desk = new SalesDesk(payments, processing, refunds);
    }

    @Test
    void changingTheRangeChangesTheTurnoverAndTheChart() {
        LocalDate firstDay = today();
        Transaction earlier = desk.settledSale(shop, 10_000, "PLN");
        desk.settledSale(shop, 2_000, "EUR");
        desk.rejectedSale(shop, 999);
        clock.advance(Duration.ofDays(2));
        desk.settledSale(shop, 5_000, "PLN");
        desk.refund(earlier, 1_000);

        signIn(page, merchant.email(Role.REPRESENTATIVE), Fixtures.PASSWORD);
        assertThat(path(page)).isEqualTo("/dashboard");
        assertThat(turnover("PLN")).hasText(money(14_000, "PLN"));
        assertThat(turnover("EUR")).hasText(money(2_000, "EUR"));
        assertThat(page.locator("#latest tbody tr")).hasCount(5);
        assertThat(page.locator("#latest tbody tr").first()).containsText("zwrot");
        assertThat(page.locator("#latest tbody tr").first().getByRole(AriaRole.LINK))
                .hasAttribute("href", "/transactions/" + jdbc.sql("select id from payment_transaction where "
                        + "sale_id = ?").param(earlier.id()).query(UUID.class).single());
        assertThat(page.locator("#latest .badge")).hasText(new String[] {"Zrealizowana", "Zrealizowana",
            "Odrzucona", "Zrealizowana", "Zrealizowana"});
        assertThat(chartDays()).hasSize(30);
        assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dziś").setExact(true)).click();
        assertThat(turnover("PLN")).hasText(money(4_000, "PLN"));
        assertThat(page.locator("#turnover tr[data-currency=PLN] .turnover-sales")).hasText("1");
        assertThat(page.locator("#turnover tr[data-currency=PLN] .turnover-refunds")).hasText("1");
        assertThat(turnover("EUR")).hasCount(0);
        assertThat(chartDays()).containsExactly(today().toString());
        assertThat(chartSeries(0)).containsExactly(1);
        assertThat(chartSeries(1)).containsExactly(40);

        page.getByLabel("Od dnia").fill(firstDay.toString());
        page.getByLabel("Do dnia").fill(firstDay.toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Własny zakres: Pokaż")).click();
        assertThat(page.locator("#range-shown")).containsText(firstDay.toString());
        assertThat(turnover("PLN")).hasText(money(10_000, "PLN"));
        assertThat(turnover("EUR")).hasText(money(2_000, "EUR"));
        assertThat(chartDays()).containsExactly(firstDay.toString());
        assertThat(chartSeries(1)).containsExactly(100);

        page.locator("#chart-currencies").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("EUR"))
                .click();
        assertThat(page.locator("#chart-currencies a[aria-current=page]")).hasText("EUR");
        assertThat(chartDays()).containsExactly(firstDay.toString());
        assertThat(chartSeries(1)).containsExactly(20);
        assertThat(page.locator("#chart-table tbody tr")).hasCount(1);
        assertAccessible(page);
    }

    @Test
    void aCustomRangeEndingBeforeItStartsIsRefusedWithAnErrorTiedToTheField() {
        signIn(page, merchant.email(Role.FINANCE_PASSIVE), Fixtures.PASSWORD);
        assertThat(page.locator("#turnover-empty")).isVisible();
        assertThat(page.locator("#latest-empty")).isVisible();

        page.getByLabel("Od dnia").fill("2026-03-10");
        page.getByLabel("Do dnia").fill("2026-03-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Własny zakres: Pokaż")).click();

        assertThat(page.getByRole(AriaRole.ALERT))
                .hasText("Data końcowa nie może być wcześniejsza niż początkowa.");
        assertThat(page.getByLabel("Do dnia")).hasAttribute("aria-invalid", "true");
        assertThat(page.getByLabel("Do dnia")).hasAttribute("aria-describedby", "range-error");
        assertThat(page.locator("#turnover")).hasCount(0);
        assertAccessible(page);

        page.navigate("/dashboard?range=custom&from=2024-01-01&to=2026-01-01&lang=en");
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("A range can span at most 366 days.");
        String startDateError = "Enter a start date in the years 2000–2999 as YYYY-MM-DD, e.g. 2026-11-01.";
        page.navigate("/dashboard?range=custom&from=0001-01-01&to=0001-01-02");
        assertThat(page.getByRole(AriaRole.ALERT)).hasText(startDateError);
        page.navigate("/dashboard?range=custom&from=yesterday");
        assertThat(page.getByRole(AriaRole.ALERT)).hasText(startDateError);
    }

    @Test
    void aTechnicalUserStartsOnShopsAndIsRefusedTheDashboard() {
        desk.settledSale(shop, 10_000, "PLN");
        signIn(page, merchant.email(Role.TECHNICAL), Fixtures.PASSWORD);
        assertThat(path(page)).isEqualTo("/shops");
        assertThat(page.getByRole(AriaRole.NAVIGATION).getByText("Strona główna")).hasCount(0);

        assertThat(page.navigate("/dashboard").status()).isEqualTo(403);
        assertThat(page.locator("h1")).hasText("Brak dostępu");
        assertThat(page.locator("main")).not().containsText("100,00");
    }

    private Locator turnover(String currency) {
        return page.locator("#turnover tr[data-currency=" + currency + "] .turnover-amount");
    }

    /** The day labels of the chart Chart.js drew. */
    @SuppressWarnings("unchecked")
    private List<String> chartDays() {
        page.waitForFunction("() => window.Chart && Chart.getChart(document.getElementById('turnover-chart'))");
        return (List<String>) page.evaluate(
                "() => Chart.getChart(document.getElementById('turnover-chart')).data.labels");
    }

    /** One dataset of the drawn chart: 0 the number of sales, 1 the turnover in major units. */
    private List<Integer> chartSeries(int dataset) {
        Object values = page.evaluate("i => Chart.getChart(document.getElementById('turnover-chart'))"
                + ".data.datasets[i].data", dataset);
        return ((List<?>) values).stream().map(value -> ((Number) value).intValue()).toList();
    }

    private static String money(long minor, String currency) {
        return new Money(minor, currency).format(POLISH);
    }

    private LocalDate today() {
        return DayRange.today(clock);
    }
}
