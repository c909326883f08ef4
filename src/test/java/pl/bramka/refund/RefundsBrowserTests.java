package pl.bramka.refund;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.bramka.BrowserTest;
import pl.bramka.Fixtures;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.Fixtures.TestShop;
import pl.bramka.Mailbox;
import pl.bramka.SettledSales;
import pl.bramka.payment.Transaction;
import pl.bramka.user.Role;

/** Refunds ordered from a sale's page in a real browser: the form, its confirmation, four-eyes approval. */
class RefundsBrowserTests extends BrowserTest {

    @Autowired
    SettledSales sales;

    TestMerchant merchant;
    TestShop shop;

    @BeforeEach
    void merchant() {
        merchant = fixtures.merchantWithAllRoles();
        shop = fixtures.shopOf(merchant);
    }

    @Test
    void aPartialThenAFullRefundFromTheTransactionsPage() {
        Transaction sale = sales.settled(shop, 100_00);
        signIn(page, merchant.email(Role.FINANCE_ACTIVE), Fixtures.PASSWORD);
        page.navigate("/transactions/" + sale.id());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zwróć")).click();
        assertThat(page.getByLabel("Kwota zwrotu")).hasValue("100,00");
        assertAccessible(page);

        page.getByLabel("Część").check();
        page.getByLabel("Kwota zwrotu").fill("150,00");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dalej")).click();
        assertThat(page.locator("#amount-error")).containsText("nie może przekraczać");
        assertAccessible(page);

        page.getByLabel("Kwota zwrotu").fill("30,00");
        page.getByLabel("Tytuł zwrotu").fill("Zwrot za uszkodzony towar");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dalej")).click();
        assertThat(page.locator("#refund-amount")).containsText("30,00");
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zwróć pieniądze")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Zwrot został zlecony.");
        assertThat(page.locator("#remaining")).containsText("70,00");
        assertThat(page.locator("#refunds tbody tr")).hasCount(1);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zwróć")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dalej")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zwróć pieniądze")).click();
        assertThat(page.locator("#remaining")).containsText("0,00");
        assertThat(page.locator("#refunds tbody tr")).hasCount(2);
        assertThat(page.locator("#refund")).hasCount(0);

        page.locator("#refunds tbody tr").first().getByRole(AriaRole.LINK).click();
        assertThat(page.locator("#sale-link")).hasText(sale.id().toString());

        BrowserContext passiveContext = newContext();
        try {
            Page passive = passiveContext.newPage();
            signIn(passive, merchant.email(Role.FINANCE_PASSIVE), Fixtures.PASSWORD);
            Transaction another = sales.settled(shop, 20_00);
            passive.navigate("/transactions/" + another.id());
            assertThat(passive.locator("#refund")).hasCount(0);
            passive.navigate("/transactions/" + another.id() + "/refund");
            assertThat(passive.locator("h1")).hasText("Brak dostępu");
        } finally {
            passiveContext.close();
        }
    }

    @Test
    void aLargeRefundWaitsForAnotherUsersApproval() {
        Transaction sale = sales.settled(shop, 800_00);
        BrowserContext representativeContext = newContext();
        try {
            Page representative = representativeContext.newPage();
            signIn(representative, merchant.email(Role.REPRESENTATIVE), Fixtures.PASSWORD);
            representative.navigate("/settings/refunds");
            assertAccessible(representative);
            representative.getByLabel("Próg w PLN").fill("500,00");
            representative.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zapisz")).click();
            assertThat(representative.getByRole(AriaRole.STATUS)).hasText("Zapisano progi zatwierdzania zwrotów.");

            signIn(page, merchant.email(Role.FINANCE_ACTIVE), Fixtures.PASSWORD);
            page.navigate("/transactions/" + sale.id() + "/refund");
            page.getByLabel("Część").check();
            page.getByLabel("Kwota zwrotu").fill("600,00");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dalej")).click();
            assertThat(page.locator("#approval-needed")).isVisible();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wyślij do zatwierdzenia")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("czeka na zatwierdzenie");
            assertThat(page.locator("#refund-requests")).containsText("Twój wniosek zatwierdza inny użytkownik.");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zatwierdź")))
                    .hasCount(0);
            assertAccessible(page);

            String link = Mailbox.linkIn(Mailbox.awaitMessage(MAIL, merchant.email(Role.REPRESENTATIVE),
                    "Zwrot do zatwierdzenia"));
            representative.navigate(link);
            representative.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zatwierdź")).click();
            assertThat(representative.getByRole(AriaRole.STATUS)).hasText(
                    "Wniosek zatwierdzony, zwrot został zlecony.");
            assertThat(representative.locator("#remaining")).containsText("200,00");
            assertThat(representative.locator("#refund-requests")).containsText("Zatwierdzony");

            Mailbox.awaitMessage(MAIL, merchant.email(Role.FINANCE_ACTIVE), "Zwrot zatwierdzony");
        } finally {
            representativeContext.close();
        }
    }
}
