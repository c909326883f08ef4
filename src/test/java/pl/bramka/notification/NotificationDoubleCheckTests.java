package pl.bramka.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.bramka.notification.Eventually.eventually;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.bramka.Fixtures.TestShop;
import pl.bramka.IntegrationTest;
import pl.bramka.payment.Customer;
import pl.bramka.payment.NewPayment;
import pl.bramka.payment.PayerInput;
import pl.bramka.payment.Payment;
import pl.bramka.payment.PaymentProcessing;
import pl.bramka.payment.PaymentSource;
import pl.bramka.payment.Payments;
import pl.bramka.payment.Refunds;
import pl.bramka.payment.ReturnUrls;
import pl.bramka.payment.Transaction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What imoje's newest WooCommerce plugin does with every notification before it changes the order: it asks the API
 * at once ({@code GET /payment/{id}}, {@code GET /transaction/{id}}) and ignores the change for good when the
 * answer differs. The receiver here does the same, inside its handler, before it answers: a final status must
 * already be what the API shows.
 */
class NotificationDoubleCheckTests extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> FINAL = Set.of("settled", "rejected", "cancelled");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Autowired
    Payments payments;

    @Autowired
    PaymentProcessing processing;

    @Autowired
    Refunds refunds;

    TestShop shop;
    List<String> mismatches = new CopyOnWriteArrayList<>();
    List<String> checked = new CopyOnWriteArrayList<>();

    @BeforeEach
    void shop() {
        shop = fixtures.shopOf(fixtures.merchantWithAllRoles());
    }

    @Test
    void everyFinalStatusOfASaleAndItsRefundIsWhatTheApiShowsWhenTheNotificationArrives() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(shop).checkingEach(this::doubleCheck)) {
            Payment payment = payments.open(newPayment("Podwójne sprawdzenie 1", receiver.url()));
            Transaction sale = payments.attempt(payment.id(), "blik");
            processing.pay(sale.id(), new PayerInput.BlikCode("777123"));
            Transaction refund = refunds.refund(payments.transactionOfShop(shop.serviceId(), sale.id()).orElseThrow(),
                    300, "Zwrot", PaymentSource.WEB);

            eventually(() -> assertThat(checked).contains("payment settled", "sale settled", "refund settled"));
            assertThat(mismatches).isEmpty();
            receiver.assertAllSigned();
            assertThat(receiver.received()).allSatisfy(request -> assertThat(
                    JSON.readTree(request.body()).at("/payment/serviceId").stringValue())
                    .isEqualTo(shop.serviceId().toString()));
            assertThat(refund.amount()).isEqualTo(300);
        }
    }

    @Test
    void aCancelledPaymentIsCancelledInTheApiWhenItsNotificationArrives() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(shop).checkingEach(this::doubleCheck)) {
            Payment payment = payments.open(newPayment("Podwójne sprawdzenie 2", receiver.url()));
            payments.cancel(payment.id());

            eventually(() -> assertThat(checked).contains("payment cancelled"));
            assertThat(mismatches).isEmpty();
        }
    }

    /** The plugin's re-check: the payment by GET /payment/{id}, a transaction by GET /transaction/{id}. */
    private void doubleCheck(WebhookReceiver.Received request) {
        JsonNode body = JSON.readTree(request.body());
        JsonNode notified = body.get("payment");
        if (FINAL.contains(notified.get("status").stringValue())) {
            JsonNode shown = api("/payment/" + notified.get("id").stringValue());
            compare("payment", notified, shown, "status", "currency", "amount");
        }
        JsonNode transaction = body.get("transaction");
        if (transaction != null && FINAL.contains(transaction.get("status").stringValue())) {
            JsonNode shown = api("/transaction/" + transaction.get("id").stringValue()).path("transaction");
            compare(transaction.get("type").stringValue(), transaction, shown, "status", "currency", "amount", "type");
        }
    }

    private void compare(String what, JsonNode notified, JsonNode shown, String... fields) {
        for (String field : fields) {
            if (!notified.get(field).equals(shown.get(field))) {
                mismatches.add(what + "." + field + ": notified " + notified.get(field) + ", API " + shown.get(field));
            }
        }
        checked.add(what + " " + notified.get("status").stringValue());
    }

    private JsonNode api(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/v1/merchant/" + shop.merchantPublicId()
                + path)).header("Authorization", "Bearer " + shop.apiToken()).header("Accept", "application/json")
                .GET().build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(
                    StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                mismatches.add(path + " answered " + response.statusCode() + " " + response.body());
                return JSON.createObjectNode();
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private NewPayment newPayment(String orderId, String notificationUrl) {
        return new NewPayment(shop.serviceId(), PaymentSource.API, 2599, "PLN", orderId, "Zakupy", null,
                new Customer("Jan", "Kowalski", "jan@example.com", null), null, null, ReturnUrls.none(),
                notificationUrl, null, null, "pl", null);
    }
}
