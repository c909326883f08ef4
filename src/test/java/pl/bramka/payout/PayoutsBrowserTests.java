package pl.bramka.payout;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.bramka.BrowserTest;
import pl.bramka.Fixtures;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.Fixtures.TestShop;
import pl.bramka.SettledSales;
import pl.bramka.payment.PaymentSource;
import pl.bramka.payment.Refunds;
import pl.bramka.payment.Transaction;
import pl.bramka.shared.DayRange;
import pl.bramka.user.Role;

/** A merchant's payouts in a real browser: the list, a payout's items and the transaction that knows its payout. */
class PayoutsBrowserTests extends BrowserTest {

    @Autowired
    SettledSales sales;

    @Autowired
    Refunds refunds;

    @Autowired
    Settlement settlement;

    @Test
    void financeFollowsAPayoutToItsTransactionsAndTechnicalIsKeptOut() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        TestShop shop = fixtures.shopOf(merchant);
        LocalDate day = LocalDate.now(DayRange.WARSAW).plusDays(700);
        moveTo(day, LocalTime.NOON);
        Transaction sale = sales.settled(shop, 100_00);
        refunds.refund(sale, 30_00, "Zwrot", PaymentSource.WEB);
        moveTo(day.plusDays(1), LocalTime.of(0, 30));
        settlement.catchUp();
        clock.reset();

        signIn(page, merchant.email(Role.FINANCE_PASSIVE), Fixtures.PASSWORD);
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Nawigacja główna"))
                .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Wypłaty"))
                .click();
        assertThat(page.locator("h1")).hasText("Wypłaty");
        assertThat(page.locator("#payouts tbody tr")).hasCount(1);
        assertThat(page.locator("#payouts tbody tr").first()).containsText("68,46");   // 100 − 30 − 1.54 zł
        assertThat(page.locator("#payouts tbody tr").first()).containsText("2874");
        assertThat(page.locator("#payouts tbody tr").first()).not().containsText("1090 1014");
        assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(day.toString())).click();
        assertThat(page.locator("#amount")).containsText("68,46");
        assertThat(page.locator("#commission")).containsText("1,54");
        assertThat(page.locator("#items tbody tr")).hasCount(2);
        assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sprzedaż")).click();
        assertThat(page.locator("#payout")).hasText("wypłacona w wypłacie za " + day);
        assertAccessible(page);

        BrowserContext technicalContext = newContext();
        try {
            Page technical = technicalContext.newPage();
            signIn(technical, merchant.email(Role.TECHNICAL), Fixtures.PASSWORD);
            assertThat(technical.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Wypłaty")))
                    .hasCount(0);
            technical.navigate("/payouts");
            assertThat(technical.locator("h1")).hasText("Brak dostępu");
        } finally {
            technicalContext.close();
        }
    }

    private void moveTo(LocalDate day, LocalTime warsawTime) {
        clock.advance(Duration.between(clock.instant(), day.atTime(warsawTime).atZone(DayRange.WARSAW).toInstant()));
    }
}
