package pl.bramka.transaction;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

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
import pl.bramka.payment.Customer;
import pl.bramka.payment.PaymentProcessing;
import pl.bramka.payment.Payments;
import pl.bramka.payment.Transaction;
import pl.bramka.user.Role;

/** The transactions section in a real browser: search, refunds, four-eyes approval, orders, and who may see it. */
class TransactionsBrowserTests extends BrowserTest {

    @Autowired
    Payments payments;

    @Autowired
    PaymentProcessing processing;

    TestMerchant merchant;
    TestShop shop;
    SettledSales sales;

    @BeforeEach
    void merchant() {
        merchant = fixtures.merchantWithAllRoles();
        shop = fixtures.shopOf(merchant);
        sales = new SettledSales(payments, processing);
    }

    @Test
    void theSearchBoxFindsATransactionByEachOfItsKeys() {
        Transaction wanted = sales.settled(shop, 123_45, "SKLEP/2026/0042", "Rower górski",
                new Customer("Tomasz", "Kamiński", "t.kaminski@example.com", null));
        sales.settled(shop, 10_00);
        signIn(page, merchant.email(Role.FINANCE_PASSIVE), Fixtures.PASSWORD);
        page.locator("header nav a[href='/transactions']").click();
        page.waitForURL("**/transactions");
        assertThat(page.locator("#transactions tbody tr")).hasCount(2);
        assertAccessible(page);

        for (String key : List.of("SKLEP/2026/0042", wanted.id().toString(), wanted.blikTransactionId(),
                "Rower górski", "Tomasz Kamiński", "t.kaminski@example.com")) {
            page.getByRole(AriaRole.SEARCHBOX).fill(key);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Szukaj")).click();
            assertThat(page.locator("#transactions tbody tr")).hasCount(1);
            assertThat(page.locator("#transactions tbody tr")).hasAttribute("data-transaction-id",
                    wanted.id().toString());
        }
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/transactions\\?.*q=t\\.kaminski.*"));

        page.getByRole(AriaRole.SEARCHBOX).fill("nie ma takiej");
        page.getByLabel("Kwota od").fill("abc");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Szukaj")).click();
        assertThat(page.locator("#min-error")).containsText("Podaj kwotę większą od zera");
        assertAccessible(page);
        page.getByLabel("Kwota od").fill("");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Szukaj")).click();
        assertThat(page.locator("#no-transactions")).isVisible();

        page.navigate("/transactions/" + wanted.id());
        assertThat(page.locator("#payer")).containsText("t.kaminski@example.com");
        assertAccessible(page);
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

    @Test
    void theOrdersViewGroupsAttemptsAndOpensARow() {
        Customer payer = new Customer("Ola", "Kot", "ola@example.com", null);
        sales.settled(shop, 15_00, "ZAM/ORD/7", "Pierwsza próba", payer);
        sales.settled(shop, 15_00, "ZAM/ORD/7", "Druga próba", payer);
        jdbc.sql("update user_account set orders_view = 'ORDERS' where email = ?")
                .param(merchant.email(Role.FINANCE_ACTIVE)).update();
        signIn(page, merchant.email(Role.FINANCE_ACTIVE), Fixtures.PASSWORD);
        assertThat(page.locator("header nav a[href='/orders']")).hasText("Zamówienia");
        page.locator("header nav a[href='/orders']").click();
        page.waitForURL("**/orders");
        assertAccessible(page);
        page.locator("#orders summary").first().click();
        assertThat(page.locator("#order-0 tbody tr")).hasCount(2);
        assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Otwórz jako osobną stronę")).click();
        assertThat(page.locator("#attempts tbody tr")).hasCount(2);
        assertAccessible(page);
    }

    @Test
    void aTechnicalUserSeesNoTransactionsOrdersOrRefunds() {
        Transaction sale = sales.settled(shop, 10_00);
        signIn(page, merchant.email(Role.TECHNICAL), Fixtures.PASSWORD);
        assertThat(path(page)).isEqualTo("/shops");
        assertThat(page.locator("header nav a[href='/transactions']")).hasCount(0);
        for (String path : List.of("/transactions", "/orders", "/transactions/" + sale.id(),
                "/transactions/" + sale.id() + "/refund", "/orders/attempts?shop=" + shop.serviceId() + "&order=x",
                "/settings/refunds")) {
            page.navigate(path);
            assertThat(page.locator("h1")).hasText("Brak dostępu");
        }
    }
}
