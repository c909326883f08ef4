package pl.bramka.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.Fixtures.TestShop;
import pl.bramka.IntegrationTest;
import pl.bramka.SettledSales;
import pl.bramka.payment.Customer;
import pl.bramka.payment.Transaction;
import pl.bramka.user.Role;
import pl.bramka.user.SignedInUser;

/** The list's search and filters, the orders view and the details page, as a signed-in user sees them. */
class TransactionPagesTests extends IntegrationTest {

    @Autowired
    SettledSales sales;

    @Autowired
    MockMvc mvc;

    TestMerchant merchant;
    TestShop shop;
    SignedInUser finance;

    @BeforeEach
    void merchant() {
        merchant = fixtures.merchantWithAllRoles();
        shop = fixtures.shopOf(merchant);
        finance = fixtures.signedIn(merchant.email(Role.FINANCE_PASSIVE));
    }

    @Test
    void everySearchKeyFindsItsTransactionAndNoOther() throws Exception {
        Transaction wanted = sales.settled(shop, 12_50, "ZAM/2026/77", "Buty zimowe",
                new Customer("Zofia", "Wójcik", "zofia.w@example.com", null));
        Transaction other = sales.settled(shop, 99_00);

        for (String key : new String[] {"ZAM/2026/77", wanted.id().toString(), wanted.paymentId().toString(),
                wanted.blikTransactionId(), "zimowe", "ZOFIA WÓJCIK", "ZOFIA.W@EXAMPLE"}) {
            String page = search(key);
            assertThat(page).as(key).contains(wanted.id().toString()).doesNotContain(other.id().toString());
            assertThat(searchInShopToday(key)).as("in the shop today: " + key).contains(wanted.id().toString())
                    .doesNotContain(other.id().toString());
        }
        assertThat(searchInShopToday("Buty%")).as("literally, in the shop").contains("no-transactions");
        assertThat(search("Wojcik")).as("not accent-insensitive").contains("no-transactions");
        assertThat(search("Buty%")).as("a typed wildcard is searched for literally").contains("no-transactions");
        assertThat(search("77")).as("short text must equal an order number or BLIK id").contains("no-transactions");
    }

    @Test
    void filtersNarrowTheListAndBadValuesGetMessagesInsteadOfResults() throws Exception {
        Transaction small = sales.settled(shop, 5_00);
        Transaction large = sales.settled(shop, 500_00);

        assertThat(list("?min=100&max=600,00")).contains(large.id().toString()).doesNotContain(small.id().toString());
        assertThat(list("?status=COMPLETED&type=SALE&method=blik&currency=PLN&range=today&shop=" + shop.serviceId()))
                .contains(small.id().toString(), large.id().toString());
        assertThat(list("?status=REJECTED")).contains("no-transactions");
        String bad = list("?min=abc&max=-5&from=2026-13-01&shop=" + UUID.randomUUID() + "&status=PAID");
        assertThat(bad).contains("Podaj kwotę większą od zera", "Podaj datę w formacie", "Wybierz jeden ze swoich",
                "Wybierz wartość z listy").doesNotContain(small.id().toString());
        assertThat(list("?min=10&max=5")).contains("Kwota do nie może być mniejsza");
        assertThat(list("?from=0000-01-01&to=%2B999999999-12-31")).as("days PostgreSQL cannot hold")
                .contains("Podaj datę w formacie").doesNotContain(small.id().toString());
    }

    @Test
    void theListPagesNewestFirstThroughCursorsFromTheDatabase() throws Exception {
        for (int i = 0; i < 52; i++) {
            sales.settled(shop, 1_00 + i);
        }
        String first = list("");
        assertThat(first).contains("Starsze").doesNotContain("Nowsze");
        String olderUrl = first.replaceAll("(?s).*href=\"(/transactions\\?cursor=[^\"]+)\"[^>]*rel=\"next\".*", "$1")
                .replace("&amp;", "&");
        String second = mvc.perform(get(olderUrl).with(user(finance))).andReturn().getResponse()
                .getContentAsString();
        assertThat(second).contains("Nowsze").doesNotContain("rel=\"next\"");
        assertThat(count(second, "data-transaction-id=")).isEqualTo(2);
    }

    @Test
    void htmxGetsOnlyTheSearchPartExceptWhenRestoringItsHistory() throws Exception {
        Transaction sale = sales.settled(shop, 7_00);

        MockHttpServletResponse part = mvc.perform(get("/transactions").param("status", "COMPLETED")
                .header("HX-Request", "true").with(user(finance))).andReturn().getResponse();
        assertThat(part.getContentAsString()).startsWith("<div id=\"transaction-search\"")
                .contains(sale.id().toString(), "role=\"search\"").doesNotContain("<html", "navbar-brand");
        assertThat(part.getHeader("Vary")).contains("HX-Request");

        String badFilter = mvc.perform(get("/transactions").param("min", "abc").header("HX-Request", "true")
                .with(user(finance))).andReturn().getResponse().getContentAsString();
        assertThat(badFilter).contains("Podaj kwotę większą od zera").doesNotContain(sale.id().toString());

        String restored = mvc.perform(get("/transactions").header("HX-Request", "true")
                .header("HX-History-Restore-Request", "true").with(user(finance))).andReturn().getResponse()
                .getContentAsString();
        assertThat(restored).contains("<html", sale.id().toString());
    }

    @Test
    void detailsShowThePayerTimelineAndAreNotFoundForAnotherMerchant() throws Exception {
        Transaction sale = sales.settled(shop, 42_00, "ZAM/9", "Kurtka",
                new Customer("Piotr", "Zieliński", "piotr@example.com", "+48500100200"));
        MockHttpServletResponse details = mvc.perform(get("/transactions/" + sale.id()).with(user(finance)))
                .andReturn().getResponse();
        assertThat(details.getStatus()).isEqualTo(200);
        assertThat(details.getContentAsString()).contains("Piotr Zieliński", "piotr@example.com", "+48500100200",
                "ul. Polna 1", "00-001 Warszawa", sale.blikTransactionId(), "Zrealizowana", "settled")
                .doesNotContain("id=\"refund\"");

        SignedInUser stranger = fixtures.signedIn(fixtures.merchantWithAllRoles().email(Role.REPRESENTATIVE));
        assertThat(mvc.perform(get("/transactions/" + sale.id()).with(user(stranger))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/transactions/not-an-id").with(user(finance))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
    }

    @Test
    void ordersGroupAttemptsOfOneOrderIdAcrossPayments() throws Exception {
        Customer payer = new Customer("Ewa", "Lis", "ewa@example.com", null);
        Transaction first = sales.settled(shop, 10_00, "ZAM/ORDERS/1", "Pierwsza", payer);
        Transaction second = sales.settled(shop, 10_00, "ZAM/ORDERS/1", "Druga", payer);

        String orders = mvc.perform(get("/orders").with(user(finance))).andReturn().getResponse()
                .getContentAsString();
        assertThat(orders).contains("ZAM/ORDERS/1", "Próby: 2", first.id().toString(), second.id().toString());
        String attempts = mvc.perform(get("/orders/attempts").param("shop", shop.serviceId().toString())
                .param("order", "ZAM/ORDERS/1").with(user(finance))).andReturn().getResponse().getContentAsString();
        assertThat(count(attempts, "data-transaction-id=")).isEqualTo(2);
        String elsewhere = mvc.perform(get("/orders/attempts").param("shop", UUID.randomUUID().toString())
                .param("order", "ZAM/ORDERS/1").with(user(finance))).andReturn().getResponse().getContentAsString();
        assertThat(count(elsewhere, "data-transaction-id=")).isZero();
    }

    private String search(String text) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/transactions").param("q", text).with(user(finance)))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(text).isEqualTo(200);
        return response.getContentAsString();
    }

    /** A search the shop's rows of today answer, without the trigram index. */
    private String searchInShopToday(String text) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/transactions").param("q", text)
                .param("shop", shop.serviceId().toString()).param("range", "today").with(user(finance))).andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(text).isEqualTo(200);
        return response.getContentAsString();
    }

    private String list(String query) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/transactions" + query).with(user(finance))).andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(query).isEqualTo(200);
        return response.getContentAsString();
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
