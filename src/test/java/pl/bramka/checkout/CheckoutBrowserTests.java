package pl.bramka.checkout;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.bramka.BrowserTest;
import pl.bramka.Fixtures.TestShop;
import pl.bramka.payment.Customer;
import pl.bramka.payment.NewPayment;
import pl.bramka.payment.PayerInput;
import pl.bramka.payment.PayerUrls;
import pl.bramka.payment.Payment;
import pl.bramka.payment.PaymentProcessing;
import pl.bramka.payment.PaymentSource;
import pl.bramka.payment.Payments;
import pl.bramka.payment.ReturnUrls;
import pl.bramka.payment.Transaction;
import pl.bramka.payment.TransactionStatus;
import pl.bramka.payment.acquirer.AcquiredSales;
import pl.bramka.payment.acquirer.AcquirerStep;
import pl.bramka.payment.acquirer.StatusDetails;
import pl.bramka.payment.payer.PayerPayments;

/**
 * Payers in a real browser: from the shop's checkout page through the paywall, the payment page and the sandbox
 * acquirer's pages back to the shop, with every page checked by axe.
 */
class CheckoutBrowserTests extends BrowserTest {

    @Autowired
    Payments payments;

    @Autowired
    PaymentProcessing processing;

    @Autowired
    PayerPayments payerPayments;

    @Autowired
    AcquiredSales acquiredSales;

    ShopSite site;
    TestShop shop;

    @BeforeEach
    void shopAndSite() throws IOException {
        shop = fixtures.shopOf(fixtures.merchantWithAllRoles());
        site = new ShopSite();
    }

    @AfterEach
    void closeSite() {
        site.close();
    }

    @Test
    void aBlikPaymentFromTheShopEndsOnItsSuccessPage() {
        UUID paymentId = startAtTheShop(order("12345", "ZAM/1"), true);
        assertThat(page.locator("h1")).hasText("Płatność w sklepie Demo Sklep");
        assertThat(page.locator("#pp-amount")).hasText("123,45\u00a0zł");
        assertThat(page.locator("#pp-description")).hasText("Rower miejski");
        page.keyboard().press("Tab");
        assertThat(page.locator(":focus")).hasText("Przejdź do treści");
        assertAccessible(page);

        page.locator("#method-blik").check();
        page.getByLabel("Kod BLIK").fill("777123");
        page.locator("#pp-pay").click();

        page.waitForURL(site.url("/success") + "**");
        Transaction sale = onlyAttempt(paymentId);
        assertThat(sale.status()).isEqualTo(TransactionStatus.SETTLED);
        assertThat(sale.blikTransactionId()).matches("\\d{12}");
        assertThat(timeline(sale)).containsExactly("CREATE:new", "START:pending", "SETTLE:settled");
        assertThat(context.cookies()).noneMatch(cookie -> cookie.name.equals("SESSION"));

        page.navigate("/pay/" + paymentId);
        assertThat(page.locator("h1")).hasText("Płatność zakończona");
        assertAccessible(page);
    }

    @Test
    void aThreeDSecureCardPaymentInEnglish() {
        Map<String, String> form = order("5000", "ZAM/2");
        form.put("lang", "en");
        UUID paymentId = startAtTheShop(form, true);
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).hasText("Payment to Demo Sklep");

        page.getByLabel("Payment card").check();
        page.locator("#pp-pay").click();
        assertThat(page.locator("h1")).hasText("Pay by card");
        assertAccessible(page);
        page.getByLabel("Card number").fill("4012 0010 3714 1112");
        page.getByLabel("Expiry date (MM/YY)").fill("12/29");
        page.getByLabel("CVV/CVC code").fill("123");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pay PLN\u00a050.00")).click();

        assertThat(page.locator("h1")).hasText("3-D Secure — card payment confirmation");
        assertThat(page.locator("#sb-banner")).containsText("no real money");
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm the payment")).click();

        page.waitForURL(site.url("/success") + "**");
        Transaction sale = onlyAttempt(paymentId);
        assertThat(sale.status()).isEqualTo(TransactionStatus.SETTLED);
        assertThat(sale.statusCode()).isEqualTo("CODE_000");
        assertThat(timeline(sale)).containsExactly("CREATE:new", "START:pending", "AUTHORIZE:authorized",
                "SETTLE:settled");
    }

    @Test
    void aBankTransferApprovedAtTheSimulatedBank() {
        UUID paymentId = startAtTheShop(order("2500", "ZAM/3"), true);
        page.getByLabel("mBank").check();
        page.locator("#pp-pay").click();

        assertThat(page.locator("h1")).hasText("mBank — symulowany bank");
        assertThat(page.locator("#sb-amount")).hasText("25,00\u00a0zł");
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zatwierdź płatność")).click();

        page.waitForURL(site.url("/success") + "**");
        Transaction sale = onlyAttempt(paymentId);
        assertThat(sale.paymentMethodCode()).isEqualTo("mtransfer");
        assertThat(timeline(sale)).containsExactly("CREATE:new", "START:pending", "SETTLE:settled");
    }

    @Test
    void aDeclinedCardThenBlikOnTheSamePayment() {
        UUID paymentId = startAtTheShop(order("9900", "ZAM/4"), false);
        page.getByLabel("Karta płatnicza").check();
        page.locator("#pp-pay").click();
        page.getByLabel("Numer karty").fill("4444333322221111");
        page.getByLabel("Data ważności (MM/RR)").fill("12/29");
        page.getByLabel("Kod CVV/CVC").fill("123");
        page.locator("#pp-pay").click();

        assertThat(page.locator("h1")).hasText("Płatność odrzucona");
        assertThat(page.locator("#pp-status-code")).hasText("Kod odpowiedzi: CODE_05");
        assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Spróbuj ponownie")).click();

        assertThat(page.locator("#pp-notice")).hasText(
                "Płatność się nie udała. Spróbuj ponownie albo wybierz inną metodę płatności.");
        assertAccessible(page);
        page.locator("#method-blik").check();
        page.locator("#pp-pay").click();

        assertThat(page.locator("h1")).hasText("Płatność kodem BLIK");
        page.getByLabel("Kod BLIK").fill("12");
        page.getByLabel("Kod BLIK").press("Enter");
        assertThat(page.locator("#blik-code-error")).hasText("Kod BLIK ma 6 cyfr. Sprawdź kod w aplikacji banku.");
        assertThat(page.getByLabel("Kod BLIK")).hasAttribute("aria-invalid", "true");
        assertAccessible(page);
        page.getByLabel("Kod BLIK").fill("777123");
        page.getByLabel("Kod BLIK").press("Enter");

        page.waitForURL(site.url("/success") + "**");
        List<Transaction> attempts = payments.attempts(payerPayments.payment(paymentId).orElseThrow());
        assertThat(attempts).extracting(Transaction::paymentMethodCode).containsExactly("ecom3ds", "blik");
        assertThat(attempts.get(0).status()).isEqualTo(TransactionStatus.REJECTED);
        assertThat(attempts.get(0).statusCode()).isEqualTo("CODE_05");
        assertThat(timeline(attempts.get(0))).containsExactly("CREATE:new", "START:pending", "REJECT:rejected");
        assertThat(attempts.get(1).status()).isEqualTo(TransactionStatus.SETTLED);
        assertThat(payerPayments.payment(paymentId).orElseThrow().status()).isEqualTo(TransactionStatus.SETTLED);
    }

    @Test
    void aRejectedBlikCodeGoesToTheShopsFailurePage() {
        UUID paymentId = startAtTheShop(order("1000", "ZAM/5"), true);
        page.locator("#method-blik").check();
        page.getByLabel("Kod BLIK").fill("111111");
        page.locator("#pp-pay").click();

        page.waitForURL(site.url("/failure") + "**");
        Transaction sale = onlyAttempt(paymentId);
        assertThat(sale.status()).isEqualTo(TransactionStatus.REJECTED);
        assertThat(sale.statusCode()).isEqualTo("BLK-ERROR-210002");
        assertThat(timeline(sale)).containsExactly("CREATE:new", "START:pending", "REJECT:rejected");
    }

    @Test
    void aTamperedFormShowsTheErrorPageInTheFormsLanguage() {
        Map<String, String> form = PaywallForms.signed(order("1000", "ZAM/6"), shop.serviceKey());
        form.put("amount", "1");
        long before = jdbc.sql("select count(*) from payment").query(Long.class).single();
        site.page("/checkout", PaywallForms.html(baseUrl() + "/payment", form));
        page.navigate(site.url("/checkout"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pay at the gateway")).click();

        assertThat(page.locator("h1")).hasText("Nie można rozpocząć płatności");
        assertThat(page.locator("#pp-problems li")).hasText("signature: Podpis formularza nie zgadza się z kluczem "
                + "sklepu. Dane zamówienia mogły zostać zmienione po drodze albo sklep używa nieaktualnego klucza.");
        assertAccessible(page);

        Map<String, String> english = order("1000", "ZAM/7");
        english.put("lang", "en");
        english = PaywallForms.signed(english, shop.serviceKey());
        english.put("orderId", "ZAM/8");
        site.page("/checkout", PaywallForms.html(baseUrl() + "/payment", english));
        page.navigate(site.url("/checkout"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pay at the gateway")).click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).hasText("The payment cannot be started");
        assertAccessible(page);
        assertThat(jdbc.sql("select count(*) from payment").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void everyPayerPagePassesAxeInPolishAndEnglish() {
        Payment open = open(null);
        Payment rejected = open(null);
        Transaction refused = pay(rejected, "blik", new PayerInput.BlikCode("111111"));
        Payment paid = open(null);
        pay(paid, "blik", new PayerInput.BlikCode("777123"));
        Payment atBank = open(null);
        Transaction bank = pay(atBank, "mtransfer", new PayerInput.None());
        Transaction threeDSecure = pay(open(null), "ecom3ds", new PayerInput.Card("4012001037141112", 12, 2029,
                "123"));
        Transaction wallet = pay(open(null), "gpay", new PayerInput.None());
        Payment expired = open(null);
        jdbc.sql("update payment set valid_to = now() - interval '1 second' where id = ?").param(expired.id())
                .update();
        Payment nothingToChoose = open(List.of("lease"));
        Transaction blik = payments.attempt(open(null).id(), "blik");
        Transaction card = payments.attempt(open(null).id(), "ecom3ds");
        Transaction settledAtBank = pay(open(null), "ipko", new PayerInput.None());
        acquiredSales.decide(settledAtBank.id(), AcquirerStep.Decided.settled(StatusDetails.none()));
        List<String> pages = List.of("/pay/" + open.id(), "/pay/" + rejected.id(), "/pay/" + paid.id(),
                "/pay/" + atBank.id(), "/pay/" + expired.id(), "/pay/" + nothingToChoose.id(),
                PayerPages.attemptPage(blik), PayerPages.attemptPage(card), PayerUrls.finished(refused),
                PayerUrls.finished(bank), "/pay/" + UUID.randomUUID(), "/pay/" + open.id() + "/no/such/page",
                "/payment", "/pay/sandbox/" + bank.id() + "/bank", "/pay/sandbox/" + threeDSecure.id() + "/3ds",
                "/pay/sandbox/" + wallet.id() + "/approval", "/pay/sandbox/" + settledAtBank.id() + "/bank",
                "/pay/sandbox/" + UUID.randomUUID() + "/bank");
        for (String language : List.of("pl", "en")) {
            for (String path : pages) {
                page.navigate(path + "?lang=" + language);
                assertThat(page.locator("html")).hasAttribute("lang", language);
                assertThat(page.locator("h1")).hasCount(1);
                assertAccessible(page);
            }
            page.navigate(PayerPages.attemptPage(card));
            page.locator("#pp-pay").click();
            assertThat(page.locator("#card-number-error")).isVisible();
            assertAccessible(page);
            page.navigate("/pay/" + open.id());
            page.locator("#pp-pay").click();
            assertThat(page.locator("#method-error")).isVisible();
            assertAccessible(page);
        }
        assertThat(context.cookies()).noneMatch(cookie -> cookie.name.equals("SESSION"));
    }

    /** The shop's order, described, with its success page. */
    private Map<String, String> order(String amount, String orderId) {
        Map<String, String> form = PaywallForms.order(shop, amount, orderId);
        form.put("orderDescription", "Rower miejski");
        form.put("urlSuccess", site.url("/success?order=" + orderId));
        return form;
    }

    /**
     * Opens the shop's checkout page and pays at the gateway; returns the payment the paywall opened.
     * {@code withFailurePages} adds urlFailure and urlReturn to the form.
     */
    private UUID startAtTheShop(Map<String, String> form, boolean withFailurePages) {
        if (withFailurePages) {
            form.put("urlFailure", site.url("/failure"));
            form.put("urlReturn", site.url("/return"));
        }
        site.page("/checkout", PaywallForms.html(baseUrl() + "/payment", PaywallForms.signed(form,
                shop.serviceKey())));
        page.navigate(site.url("/checkout"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pay at the gateway")).click();
        page.waitForURL("**/pay/*");
        return UUID.fromString(path(page).substring("/pay/".length()));
    }

    private Payment open(List<String> visibleMethods) {
        return payments.open(new NewPayment(shop.serviceId(), PaymentSource.WEB, 4_200, "PLN", "A11Y-1",
                "Rower miejski", null, new Customer("Jan", "Kowalski", null, null), null, null, ReturnUrls.none(),
                null, visibleMethods, null, null, null));
    }

    private Transaction pay(Payment payment, String method, PayerInput input) {
        return processing.pay(payments.attempt(payment.id(), method).id(), input).transaction();
    }

    private Transaction onlyAttempt(UUID paymentId) {
        List<Transaction> attempts = payments.attempts(payerPayments.payment(paymentId).orElseThrow());
        assertThat(attempts).hasSize(1);
        return attempts.get(0);
    }

    private List<String> timeline(Transaction sale) {
        return payments.timeline(sale).stream().map(change -> change.event() + ":" + change.to().wire())
                .toList();
    }
}
