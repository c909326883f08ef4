package pl.bramka.notification;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static pl.bramka.notification.Eventually.eventually;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
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
import pl.bramka.Fixtures.TestShop;
import pl.bramka.HttpVisitor;
import pl.bramka.payment.Customer;
import pl.bramka.payment.NewPayment;
import pl.bramka.payment.PayerInput;
import pl.bramka.payment.Payment;
import pl.bramka.payment.PaymentProcessing;
import pl.bramka.payment.PaymentSource;
import pl.bramka.payment.Payments;
import pl.bramka.payment.ReturnUrls;
import pl.bramka.payment.Transaction;
import pl.bramka.user.Role;

/** The shop's notifications page: retries of a failing receiver, resend, replay, test notification, checker. */
class NotificationsBrowserTests extends BrowserTest {

    @Autowired
    Payments payments;

    @Autowired
    PaymentProcessing processing;

    TestMerchant merchant;
    TestShop shop;

    @BeforeEach
    void shop() {
        merchant = fixtures.merchantWithAllRoles();
        shop = fixtures.shopOf(merchant);
    }

    @Test
    void aDeveloperSeesRetriesResendsReplaysAndChecksASignature() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(shop).answering(request -> 500)) {
            jdbc.sql("update shop set notification_url = ? where service_id = ?").params(receiver.url(),
                    shop.serviceId()).update();
            settledSale("Zamówienie 77");
            eventually(() -> assertThat(receiver.count()).isEqualTo(3));

            signIn(page, merchant.email(Role.REPRESENTATIVE), Fixtures.PASSWORD);
            page.navigate("/shops/" + shop.serviceId() + "/integration");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(
                    "Historia doręczeń, notyfikacja testowa, ponowne wysłanie i sprawdzanie podpisu")).click();
            Locator rows = page.locator("#notification-list tbody tr");
            assertThat(rows).hasCount(3);
            assertThat(rows.nth(0)).containsText("settled");
            assertThat(rows.nth(0)).containsText("W kolejce");
            assertThat(rows.nth(0)).containsText("Błędna odpowiedź (HTTP 500)");
            assertThat(rows.nth(1)).containsText("Zastąpiona nowszą");
            assertThat(page.locator("main")).not().containsText("25,99");
            assertThat(rows.nth(0).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Transakcja")))
                    .hasAttribute("href", java.util.regex.Pattern.compile("/transactions/[0-9a-f-]{36}$"));
            assertAccessible(page);

            rows.nth(0).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Próby")).click();
            Locator attempts = page.locator("table.notification-attempts tbody tr");
            assertThat(attempts.first()).containsText("Błędna odpowiedź (HTTP 500)");
            assertThat(page.locator("table.notification-attempts")).containsText("{\"status\":\"error\"}");
            assertAccessible(page);

            int triedBefore = attempts.count();
            int receivedBefore = receiver.count();
            clock.advance(Duration.ofSeconds(10));
            eventually(() -> assertThat(receiver.count()).isGreaterThan(receivedBefore));
            page.reload();
            assertThat(attempts).hasCount(triedBefore + 1);
            assertThat(attempts.last()).containsText("Błędna odpowiedź (HTTP 500)");
            assertThat(attempts.last().locator("td").last()).not().hasText("—");

            receiver.answering(request -> 200);
            int beforeResend = receiver.count();
            button("Wyślij ponownie").click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Notyfikacja czeka na ponowne wysłanie.");
            eventually(() -> assertThat(receiver.count()).isGreaterThan(beforeResend));
            // the receiver counts the request before the dispatcher records its answer
            eventually(() -> assertThat(jdbc.sql("select count(*) from notification where service_id = ? "
                    + "and kind = 'RESEND' and status = 'DELIVERED'").param(shop.serviceId()).query(Integer.class)
                    .single()).isEqualTo(1));
            page.reload();
            assertThat(rows.nth(0)).containsText("Ponowne wysłanie");
            assertThat(rows.nth(0)).containsText("Dostarczona");

            String today = LocalDate.now(ZoneId.of("Europe/Warsaw")).toString();
            page.getByLabel("Od").fill(today + "T00:00");
            page.getByLabel("Do (bez tej chwili)").fill(today + "T00:00");
            button("Sprawdź, ile ich jest").click();
            assertThat(page.locator("#to-error")).hasText("Koniec okresu musi być późniejszy niż jego początek.");
            assertAccessible(page);
            page.getByLabel("Do (bez tej chwili)").fill(LocalDate.parse(today).plusDays(1) + "T00:00");
            button("Sprawdź, ile ich jest").click();
            assertThat(page.locator("#replay-confirmation")).hasText("Wyślemy ponownie 3 notyfikacji. Czy na pewno?");
            assertAccessible(page);
            int beforeReplay = receiver.count();
            button("Wyślij ponownie").click();
            assertThat(page.locator("#replay-result")).hasText("Do ponownego wysłania czeka 3 notyfikacji.");
            eventually(() -> assertThat(jdbc.sql("select count(*) from notification where service_id = ? "
                    + "and kind = 'REPLAY' and status = 'DELIVERED'").param(shop.serviceId()).query(Integer.class)
                    .single()).isEqualTo(3));
            assertThat(receiver.count()).isGreaterThanOrEqualTo(beforeReplay + 3);
            receiver.assertAllSigned();

            int beforeTest = receiver.count();
            button("Wyślij notyfikację testową").click();
            assertThat(page.locator("#test-result")).containsText("Notyfikacja testowa dostarczona: Dostarczona (HTTP 200)");
            assertThat(receiver.count()).isGreaterThan(beforeTest);
            assertAccessible(page);

            WebhookReceiver.Received settled = receiver.received().stream()
                    .filter(request -> request.text().contains("\"status\":\"settled\"")).findFirst().orElseThrow();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sprawdzanie podpisu notyfikacji")).click();
            page.getByLabel("Treść (body) notyfikacji").fill(settled.text());
            page.getByLabel("Nagłówek X-Imoje-Signature").fill(settled.signatureHeader());
            button("Sprawdź podpis").click();
            assertThat(page.locator("#check-result")).hasText("Podpis jest poprawny: zgadza się z obecnym kluczem sklepu.");
            assertThat(page.content()).doesNotContain(shop.serviceKey());
            assertAccessible(page);
            page.getByLabel("Treść (body) notyfikacji").fill(settled.text().replace("\"amount\":2599", "\"amount\":1"));
            button("Sprawdź podpis").click();
            assertThat(page.locator("#check-result")).containsText("Podpis się nie zgadza.");
        }
    }

    @Test
    void theTransactionPageShowsEveryNotificationAboutItWithItsAttempts() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(shop).answering(request -> request == 3 ? 500 : 200)) {
            jdbc.sql("update shop set notification_url = ? where service_id = ?").params(receiver.url(),
                    shop.serviceId()).update();
            Transaction sale = settledSale("Zamówienie 78");
            eventually(() -> assertThat(receiver.count()).isEqualTo(3));

            signIn(page, merchant.email(Role.FINANCE_PASSIVE), Fixtures.PASSWORD);
            page.navigate("/transactions/" + sale.id());
            Locator notifications = page.locator("#notifications .transaction-notification");
            assertThat(notifications).hasCount(3);
            assertThat(notifications.nth(0)).containsText("new");
            assertThat(notifications.nth(0)).containsText("Dostarczona (HTTP 200)");
            assertThat(notifications.nth(2)).containsText("settled");
            assertThat(notifications.nth(2)).containsText("W kolejce");
            assertThat(notifications.nth(2).locator("tbody tr")).hasCount(1);
            assertThat(notifications.nth(2).locator("tbody tr")).containsText("Błędna odpowiedź (HTTP 500)");
            assertThat(notifications.nth(2)).containsText("Następna próba");
            assertAccessible(page);

            clock.advance(Duration.ofSeconds(10));
            eventually(() -> assertThat(receiver.count()).isEqualTo(4));
            eventually(() -> {
                page.reload();
                assertThat(notifications.nth(2)).containsText("Dostarczona");
            });
            assertThat(notifications.nth(2).locator("tbody tr")).hasCount(2);
            receiver.assertAllSigned();
        }
    }

    @Test
    void aTechnicalUserWorksWithNotificationsButSeesNoAmountsAndCannotRouteSettledSaleEmails() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(shop)) {
            jdbc.sql("update shop set notification_url = ? where service_id = ?").params(receiver.url(),
                    shop.serviceId()).update();
            settledSale("Zamówienie 79");
            eventually(() -> assertThat(receiver.count()).isEqualTo(3));
            assertThat(receiver.received().get(2).text()).contains("\"amount\":2599");

            signIn(page, merchant.email(Role.TECHNICAL), Fixtures.PASSWORD);
            page.navigate("/shops/" + shop.serviceId() + "/integration");
            assertThat(page.locator("#notification-emails-readonly")).hasText(
                    "Te adresy zmienia tylko Reprezentant, bo wiadomości zawierają kwoty transakcji.");
            assertThat(page.getByLabel("Adresy e-mail")).hasCount(0);
            assertAccessible(page);

            page.navigate("/shops/" + shop.serviceId() + "/integration/notifications?lang=en");
            Locator rows = page.locator("#notification-list tbody tr");
            assertThat(rows).hasCount(3);
            assertThat(rows.nth(0)).containsText("settled");
            assertThat(page.locator("main")).not().containsText("25.99");
            assertThat(page.locator("main")).not().containsText("2599");
            assertThat(page.locator("form[action$='/resend']")).hasCount(0);
            assertThat(page.locator("#replay")).hasCount(0);
            assertThat(rows.nth(0).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Transaction")))
                    .hasCount(0);
            assertAccessible(page);

            rows.nth(0).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Attempts")).click();
            assertThat(page.locator("table.notification-attempts tbody tr")).hasCount(1);
            assertThat(page.locator("main")).not().containsText("2599");
            assertThat(page.locator("form[action$='/resend']")).hasCount(0);
            String notificationId = path(page).substring(path(page).lastIndexOf('/') + 1);

            int received = receiver.count();
            try (HttpVisitor technical = HttpVisitor.of(baseUrl())) {
                technical.signIn(merchant.email(Role.TECHNICAL), Fixtures.PASSWORD);
                String notifications = "/shops/" + shop.serviceId() + "/integration/notifications";
                assertThat(technical.submit(notifications, notifications + "/" + notificationId + "/resend",
                        Map.of()).status()).as("resend").isEqualTo(403);
                String today = LocalDate.now(ZoneId.of("Europe/Warsaw")).toString();
                Map<String, String> period = Map.of("from", today + "T00:00",
                        "to", LocalDate.parse(today).plusDays(1) + "T00:00");
                assertThat(technical.submit(notifications, notifications + "/replay", period).status())
                        .as("replay preview").isEqualTo(403);
                assertThat(technical.submit(notifications, notifications + "/replay/confirm", period).status())
                        .as("replay").isEqualTo(403);
            }
            assertThat(jdbc.sql("select count(*) from notification where service_id = ? and kind in ('RESEND', "
                    + "'REPLAY')").param(shop.serviceId()).query(Integer.class).single()).isZero();
            assertThat(receiver.count()).isEqualTo(received);

            page.navigate("/shops/" + shop.serviceId() + "/integration/notifications?lang=en");
            button("Send test notification").click();
            assertThat(page.locator("#test-result")).containsText("Test notification delivered");
            assertAccessible(page);
        }
        jdbc.sql("update shop set notification_url = null where service_id = ?").param(shop.serviceId()).update();
        button("Send test notification").click();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText(
                "The shop has no notification URL. Enter it in the integration data.");

        page.navigate("/shops/" + UUID.randomUUID() + "/integration/notifications?lang=pl");
        assertThat(page.locator("h1")).hasText("Nie znaleziono strony");
    }

    private Transaction settledSale(String orderId) {
        Payment payment = payments.open(new NewPayment(shop.serviceId(), PaymentSource.API, 2599, "PLN", orderId,
                "Zakupy", null, Customer.unknown(), null, null, ReturnUrls.none(), null, null, null, "pl", null));
        Transaction sale = payments.attempt(payment.id(), "blik");
        return processing.pay(sale.id(), new PayerInput.BlikCode("777123")).transaction();
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
