package pl.bramka.transaction;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.bramka.BrowserTest;
import pl.bramka.Fixtures;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.Fixtures.TestShop;
import pl.bramka.SettledSales;
import pl.bramka.payment.Customer;
import pl.bramka.payment.Transaction;
import pl.bramka.user.Role;

/** The transactions section in a real browser: search, details, orders, and who may see it (refunds: RefundsBrowserTests). */
class TransactionsBrowserTests extends BrowserTest {

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
    void theSearchBoxFindsATransactionByEachOfItsKeys() {
        Transaction wanted = sales.settled(shop, 123_45, "SKLEP/2026/0042", "Rower górski",
                new Customer("Tomasz", "Kamiński", "t.kaminski@example.com", null));
        sales.settled(shop, 10_00);
        signIn(page, merchant.email(Role.FINANCE_PASSIVE), Fixtures.PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Transakcje").setExact(true)).click();
        assertThat(path(page)).isEqualTo("/transactions");
        assertThat(page.locator("#transactions tbody tr")).hasCount(2);
        assertAccessible(page);

        page.evaluate("window.loadedOnce = true");
        for (String key : List.of("SKLEP/2026/0042", wanted.id().toString(), wanted.blikTransactionId(),
                "Rower górski", "Tomasz Kamiński", "t.kaminski@example.com")) {
            page.getByRole(AriaRole.SEARCHBOX).fill(key);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Szukaj")).click();
            // htmx swaps the answer in without loading a page: it has come once the address is the search's.
            // Playwright runs the pattern as JavaScript, which has no \Q…\E: the encoded key's only special is a dot.
            assertThat(page).hasURL(Pattern.compile(".*[?&]q=" + URLEncoder.encode(key, UTF_8).replace("+", "%20")
                    .replace(".", "\\.") + "(&.*)?"));
            assertThat(page.locator("#transactions tbody tr")).hasCount(1);
            assertThat(page.locator("#transactions tbody tr")).hasAttribute("data-transaction-id",
                    wanted.id().toString());
        }
        assertThat(page).hasURL(Pattern.compile(".*/transactions\\?.*q=t\\.kaminski.*"));
        assertThat(page.evaluate("window.loadedOnce")).as("searched without reloading the page").isEqualTo(true);

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
    void theOrdersViewGroupsAttemptsAndOpensARow() {
        Customer payer = new Customer("Ola", "Kot", "ola@example.com", null);
        sales.settled(shop, 15_00, "ZAM/ORD/7", "Pierwsza próba", payer);
        sales.settled(shop, 15_00, "ZAM/ORD/7", "Druga próba", payer);
        jdbc.sql("update user_account set orders_view = 'ORDERS' where email = ?")
                .param(merchant.email(Role.FINANCE_ACTIVE)).update();
        signIn(page, merchant.email(Role.FINANCE_ACTIVE), Fixtures.PASSWORD);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Transakcje").setExact(true)))
                .hasCount(0);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zamówienia").setExact(true)).click();
        assertThat(path(page)).isEqualTo("/orders");
        assertThat(page.locator("header nav a[href='/orders']")).hasText("Zamówienia");
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
