package pl.bramka.link;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.bramka.BrowserTest;
import pl.bramka.Fixtures;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.user.Role;

/**
 * Merchants make links in the panel and payers pay them in another browser, through the link's page, the payment page
 * and the sandbox's BLIK; every page of the journey is checked by axe, in Polish and in English.
 */
class PaymentLinksBrowserTests extends BrowserTest {

    @Autowired
    PaymentLinks links;

    TestMerchant merchant;

    @BeforeEach
    void merchantWithAShop() {
        merchant = fixtures.merchantWithAllRoles();
        fixtures.shopOf(merchant);
    }

    @Test
    void aOneTimeLinkIsPaidOnceWithBlikAndThenSaysItIsAlreadyPaid() {
        signIn(page, merchant.email(Role.FINANCE_ACTIVE), Fixtures.PASSWORD);
        page.navigate("/payment-links");
        assertThat(page.locator("h1")).hasText("Linki płatności");
        assertThat(page.locator("#no-links")).isVisible();
        assertAccessible(page);

        page.locator("#new-link").click();
        assertThat(page.locator("h1")).hasText("Nowy link jednorazowy");
        assertAccessible(page);
        page.locator("#create-link").click();
        assertThat(page.locator("#title-error")).hasText("Pole jest wymagane.");
        assertThat(page.locator("#amount-error")).hasText("Podaj kwotę.");
        assertThat(page.getByLabel("Tytuł")).hasAttribute("aria-invalid", "true");
        assertAccessible(page);
        assertThat(jdbc.sql("select count(*) from payment_link where merchant_id = ?").param(merchant.id())
                .query(Integer.class).single()).isZero();

        page.getByLabel("Kwota", new Page.GetByLabelOptions().setExact(true)).fill("49,90");
        page.getByLabel("Tytuł").fill("Kurs gotowania");
        page.getByLabel("Opis (opcjonalnie)").fill("Sobota, 10:00");
        page.locator("#create-link").click();

        assertThat(page.locator("h1")).hasText("Kurs gotowania");
        assertThat(page.locator("#link-state")).hasText("Aktywny");
        assertThat(page.locator("#link-amount")).hasText("49,90\u00a0zł");
        assertThat(page.locator("#link-payments .payment-status")).hasText("W trakcie realizacji");
        assertThat(page.locator("#link-payments a.payment-transaction")).hasCount(0);
        assertAccessible(page);
        String linkPath = URI.create(page.locator("#link-url").inputValue()).getPath();
        assertThat(linkPath).matches("/l/[0-9A-Za-z]{16}");
        String detailsPath = path(page);

        BrowserContext payerContext = newContext();
        Page payer = payerContext.newPage();
        payer.navigate(linkPath);
        assertThat(payer.locator("h1")).hasText("Płatność w sklepie Demo Sklep");
        assertThat(payer.locator("#pp-amount")).hasText("49,90\u00a0zł");
        assertThat(payer.locator("#link-description")).hasText("Sobota, 10:00");
        assertAccessible(payer);
        payer.locator("#link-pay").click();
        payer.locator("#method-blik").check();
        payer.getByLabel("Kod BLIK").fill("777123");
        payer.locator("#pp-pay").click();
        assertThat(payer.locator("h1")).hasText("Płatność zakończona");

        page.navigate(detailsPath);
        assertThat(page.locator("#link-state")).hasText("Opłacony");
        assertThat(page.locator("#link-total")).hasText("49,90\u00a0zł");
        assertThat(page.locator("#link-payments .payment-status")).hasText("Zrealizowana");
        assertThat(page.locator("#deactivate")).hasCount(0);
        page.locator("#link-payments a.payment-transaction").click();
        assertThat(page.locator("h1")).containsText("Transakcja");

        payer.navigate(linkPath);
        assertThat(payer.locator("#link-closed-title")).hasText("Ten link jest już opłacony");
        assertThat(payer.locator("#link-pay")).hasCount(0);
        assertAccessible(payer);
        payer.navigate(linkPath + "?lang=en");
        assertThat(payer.locator("#link-closed-title")).hasText("This link has already been paid");
        assertAccessible(payer);
        payerContext.close();

        page.navigate("/payment-links?state=paid");
        assertThat(page.locator("#links tbody tr")).hasCount(1);
        assertThat(page.locator("#links .link-state")).hasText("Opłacony");
    }

    @Test
    void aReusableLinkWithThePayersAmountListsEachPaymentAndTheTotal() {
        signIn(page, merchant.email(Role.REPRESENTATIVE), Fixtures.PASSWORD);
        page.navigate("/payment-links/new?kind=reusable");
        assertThat(page.locator("h1")).hasText("Nowy link wielokrotny (EasySell)");
        page.getByLabel("Wpisuje płacący, w granicach").check();
        page.getByLabel("Najmniejsza kwota").fill("5");
        page.getByLabel("Największa kwota").fill("1 000");
        page.getByLabel("Tytuł").fill("Zbiórka na schronisko");
        page.getByLabel("imię i nazwisko").check();
        page.getByLabel("e-mail").check();
        assertAccessible(page);
        page.locator("#create-link").click();
        assertThat(page.locator("#link-kind")).hasText("Wielokrotny (EasySell)");
        assertThat(page.locator("#link-amount")).hasText("Wpisuje płacący: 5,00\u00a0zł – 1\u00a0000,00\u00a0zł");
        String linkPath = URI.create(page.locator("#link-url").inputValue()).getPath();
        String detailsPath = path(page);

        payWithTheirAmount(linkPath, "25,00", "Anna Zielińska", "anna@example.com");
        payWithTheirAmount(linkPath, "70,50", "Jan Nowak", "jan@example.com");

        page.navigate(detailsPath);
        assertThat(page.locator("#link-payments tbody tr")).hasCount(2);
        assertThat(page.locator("#link-payments .payment-amount")).containsText(new String[] {"70,50\u00a0zł",
                "25,00\u00a0zł"});
        assertThat(page.locator("#link-payments .payment-status")).containsText(new String[] {"Zrealizowana",
                "Zrealizowana"});
        assertThat(page.locator("#link-payments")).containsText("Anna Zielińska");
        assertThat(page.locator("#link-total")).hasText("95,50\u00a0zł");
        assertThat(page.locator("#link-uses")).hasText("2");
        assertThat(page.locator("#link-state")).hasText("Aktywny");
        assertAccessible(page);

        page.navigate(detailsPath + "?lang=en");
        assertThat(page.locator("#link-total")).hasText("PLN\u00a095.50");
        assertAccessible(page);
        page.locator("#deactivate").click();
        assertThat(page.locator("h1")).hasText("Deactivate the link?");
        assertAccessible(page);
        page.locator("#confirm-deactivation").click();
        assertThat(page.locator("#link-state")).hasText("Cancelled");
        assertThat(page.locator("#deactivate")).hasCount(0);
        try (BrowserContext lateComer = newContext()) {
            Page payer = lateComer.newPage();
            payer.navigate(linkPath);
            assertThat(payer.locator("#link-closed-title")).hasText("Ten link jest nieaktywny");
            assertThat(payer.locator("form")).hasCount(0);
            assertAccessible(payer);
        }
        page.navigate("/payment-links");
        assertThat(page.locator("#links")).containsText("Payer enters");
        assertAccessible(page);
        page.navigate("/payment-links/new");
        assertThat(page.locator("h1")).hasText("New one-time link");
        page.locator("#create-link").click();
        assertThat(page.locator("#title-error")).hasText("This field is required.");
        assertAccessible(page);
    }

    @Test
    void aPayerFindingEveryPlaceOfALimitedLinkTakenIsToldToComeBackLater() {
        UUID serviceId = jdbc.sql("select service_id from shop where merchant_id = ?").param(merchant.id())
                .query(UUID.class).single();
        UUID linkId = links.create(merchant.id(), new NewLink(LinkKind.REUSABLE, serviceId, "Warsztaty", null, "PLN",
                2_000L, null, null, null, null, null, null, 1, null, Set.of(), "Anna Nowak"));
        String linkPath = LinkAddresses.pagePath(links.find(merchant.id(), linkId).orElseThrow().code());
        try (BrowserContext first = newContext()) {
            Page payer = first.newPage();
            payer.navigate(linkPath);
            payer.locator("#link-pay").click();
            assertThat(payer.locator("#pp-amount")).hasText("20,00\u00a0zł");
        }
        try (BrowserContext second = newContext()) {
            Page payer = second.newPage();
            payer.navigate(linkPath);
            assertThat(payer.locator("#link-closed-title")).hasText("Wszystkie miejsca są teraz zajęte");
            assertThat(payer.locator("#link-closed-text")).containsText("spróbuj ponownie później");
            assertThat(payer.locator("form")).hasCount(0);
            assertAccessible(payer);
            payer.navigate(linkPath + "?lang=en");
            assertThat(payer.locator("#link-closed-title")).hasText("All places are taken at the moment");
            assertThat(payer.locator("#link-closed-text")).containsText("try again later");
            assertAccessible(payer);
        }
    }

    /** A payer in their own browser types an amount and their details, then pays it with BLIK. */
    private void payWithTheirAmount(String linkPath, String amount, String name, String email) {
        try (BrowserContext payerContext = newContext()) {
            Page payer = payerContext.newPage();
            payer.navigate(linkPath);
            assertThat(payer.locator("h1")).hasText("Płatność w sklepie Demo Sklep");
            payer.locator("#link-pay").click();
            assertThat(payer.locator("#link-amount-error")).hasText("Podaj kwotę.");
            assertThat(payer.getByLabel("Imię i nazwisko")).hasAttribute("aria-invalid", "true");
            assertAccessible(payer);
            payer.getByLabel("Kwota (5,00\u00a0zł – 1\u00a0000,00\u00a0zł)").fill("2000");
            payer.getByLabel("Imię i nazwisko").fill(name);
            payer.getByLabel("E-mail").fill(email);
            payer.locator("#link-pay").click();
            assertThat(payer.locator("#link-amount-error")).hasText(
                    "Podaj kwotę w podanych granicach, na przykład 25,00.");
            payer.getByLabel("Kwota (5,00\u00a0zł – 1\u00a0000,00\u00a0zł)").fill(amount);
            payer.locator("#link-pay").click();
            assertThat(payer.locator("#pp-amount")).hasText(amount + "\u00a0zł");
            payer.locator("#method-blik").check();
            payer.getByLabel("Kod BLIK").fill("777123");
            payer.locator("#pp-pay").click();
            assertThat(payer.locator("h1")).hasText("Płatność zakończona");
            payer.navigate(linkPath + "?lang=en");
            assertThat(payer.locator("h1")).hasText("Payment to Demo Sklep");
            assertAccessible(payer);
        }
    }
}
