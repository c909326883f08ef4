package pl.bramka.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pl.bramka.Fixtures.TestShop;
import tools.jackson.databind.node.ObjectNode;

/**
 * Each rule of a create-transaction body (imoje-compat.md §1.2), refund and the other bodies, broken once: 422 with
 * the field named, the body echoed as {@code instance}, and nothing written.
 */
class ApiValidationTests extends ApiTest {

    private static final String LONG_URL = "https://sklep.example.com/" + "a".repeat(275);

    static Stream<Arguments> brokenSales() {
        return Stream.of(
                broken("type must be sale", "type", body -> body.put("type", "refund")),
                broken("type is required", "type", body -> body.remove("type")),
                broken("serviceId must be a UUID", "serviceId", body -> body.put("serviceId", "shop-1")),
                broken("serviceId is required", "serviceId", body -> body.remove("serviceId")),
                broken("amount must not be a string", "amount", body -> body.put("amount", "100")),
                broken("amount must not be a decimal", "amount", body -> body.put("amount", 100.5)),
                broken("amount must not be written as a decimal", "amount", body -> body.put("amount", 100.0)),
                broken("amount must not be negative", "amount", body -> body.put("amount", -100)),
                broken("amount must be at least 1", "amount", body -> body.put("amount", 0)),
                broken("amount must be at most 999999999", "amount", body -> body.put("amount", 1_000_000_000L)),
                broken("amount is required", "amount", body -> body.remove("amount")),
                broken("currency must be one of imoje's", "currency", body -> body.put("currency", "UAH")),
                broken("currency is upper case", "currency", body -> body.put("currency", "pln")),
                broken("orderId is required", "orderId", body -> body.remove("orderId")),
                broken("orderId has at most 100 characters", "orderId", body -> body.put("orderId", "1".repeat(101))),
                broken("orderId has imoje's characters only", "orderId", body -> body.put("orderId", "<b>1</b>")),
                broken("orderId must not be empty", "orderId", body -> body.put("orderId", "")),
                broken("title has at most 255 characters", "title", body -> body.put("title", "x".repeat(256))),
                broken("title has no control characters", "title", body -> body.put("title", "a\u0000b")),
                broken("paymentMethod is required", "paymentMethod", body -> body.remove("paymentMethod")),
                broken("paymentMethod must be known", "paymentMethod", body -> body.put("paymentMethod", "cash")),
                broken("paymentMethodCode is required", "paymentMethodCode", body -> body.remove("paymentMethodCode")),
                broken("paymentMethodCode must be known", "paymentMethodCode",
                        body -> body.put("paymentMethodCode", "nobank")),
                broken("paymentMethodCode must belong to paymentMethod", "paymentMethodCode",
                        body -> body.put("paymentMethodCode", "ing")),
                broken("successReturnUrl is required", "successReturnUrl", body -> body.remove("successReturnUrl")),
                broken("successReturnUrl must be absolute", "successReturnUrl",
                        body -> body.put("successReturnUrl", "/thank-you")),
                broken("successReturnUrl must be http or https", "successReturnUrl",
                        body -> body.put("successReturnUrl", "ftp://sklep.example.com/ok")),
                broken("successReturnUrl has at most 300 characters", "successReturnUrl",
                        body -> body.put("successReturnUrl", LONG_URL)),
                broken("failureReturnUrl is required", "failureReturnUrl", body -> body.remove("failureReturnUrl")),
                broken("failureReturnUrl must be an address", "failureReturnUrl",
                        body -> body.put("failureReturnUrl", "not an address")),
                broken("returnUrl must be http or https", "returnUrl",
                        body -> body.put("returnUrl", "javascript:alert(1)")),
                broken("notificationUrl has at most 300 characters", "notificationUrl",
                        body -> body.put("notificationUrl", LONG_URL)),
                broken("notificationUrl must be http or https", "notificationUrl",
                        body -> body.put("notificationUrl", "mailto:shop@example.com")),
                broken("clientIp must be an IP address", "clientIp", body -> body.put("clientIp", "999.1.1.1")),
                broken("clientIp is not a host name", "clientIp", body -> body.put("clientIp", "localhost")),
                broken("clientIp is required with blikCode", "clientIp", body -> {
                    body.remove("clientIp");
                    body.put("blikCode", "777123");
                }),
                broken("blikCode has 6 digits", "blikCode", body -> body.put("blikCode", "77712")),
                broken("blikCode is digits only", "blikCode", body -> body.put("blikCode", "77712a")),
                broken("blikCode is a string", "blikCode", body -> body.put("blikCode", 777123)),
                broken("validTo must be in the future", "validTo",
                        body -> body.put("validTo", Instant.now().getEpochSecond() - 60)),
                broken("validTo is an integer", "validTo", body -> body.put("validTo", "tomorrow")),
                broken("customer is required", "customer", body -> body.remove("customer")),
                broken("customer is an object", "customer", body -> body.put("customer", "Jan Kowalski")),
                broken("customer.firstName is required", "customer.firstName",
                        body -> customer(body).remove("firstName")),
                broken("customer.firstName has at most 100 characters", "customer.firstName",
                        body -> customer(body).put("firstName", "J".repeat(101))),
                broken("customer.lastName is required", "customer.lastName",
                        body -> customer(body).put("lastName", " ")),
                broken("customer.lastName has at most 100 characters", "customer.lastName",
                        body -> customer(body).put("lastName", "K".repeat(101))),
                broken("customer.email is required", "customer.email", body -> customer(body).remove("email")),
                broken("customer.email is an address", "customer.email",
                        body -> customer(body).put("email", "jan.example.com")),
                broken("customer.email has at most 200 characters", "customer.email",
                        body -> customer(body).put("email", "j".repeat(190) + "@example.com")),
                broken("customer.phone has at most 20 characters", "customer.phone",
                        body -> customer(body).put("phone", "5".repeat(21))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenSales")
    void aBrokenCreateRequestIsRefusedAndWritesNothing(String rule, String field, Consumer<ObjectNode> breaking) {
        ObjectNode body = sale(shop, 1_000, "blik", "blik");
        breaking.accept(body);
        long payments = rows("payment");
        long transactions = rows("payment_transaction");

        Answer answer = post(base(shop) + "/transaction", shop.apiToken(), body);

        assertThat(answer.status()).as(answer.text()).isEqualTo(422);
        assertThat(answer.errorCode()).isEqualTo("TRX-ERROR-110001");
        assertThat(answer.errorFields()).as(answer.text()).containsExactly(field);
        assertThat(answer.instance()).isEqualTo(JSON.writeValueAsString(body));
        assertThat(rows("payment")).isEqualTo(payments);
        assertThat(rows("payment_transaction")).isEqualTo(transactions);
    }

    @ParameterizedTest(name = "blikCode with {0}")
    @MethodSource("nonBlikMethods")
    void aBlikCodeGoesOnlyWithTheBlikMethod(String method, String code) {
        ObjectNode body = sale(shop, 1_000, method, code);
        body.put("blikCode", "777123");

        Answer answer = post(base(shop) + "/transaction", shop.apiToken(), body);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.errorFields()).containsExactly("blikCode");
        assertThat(rows("payment")).isZero();
    }

    static Stream<Arguments> nonBlikMethods() {
        return Stream.of(Arguments.of("pbl", "ing"), Arguments.of("card", "ecom3ds"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("methodLimits")
    void aMethodOutsideItsCurrencyOrAmountIsUnavailable(String rule, String field, Consumer<ObjectNode> breaking) {
        ObjectNode body = sale(shop, 1_000, "blik", "blik");
        breaking.accept(body);

        Answer answer = post(base(shop) + "/transaction", shop.apiToken(), body);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.errorCode()).isEqualTo("TRX-ERROR-120100");
        assertThat(answer.errorFields()).containsExactly(field);
        assertThat(rows("payment")).isZero();
    }

    static Stream<Arguments> methodLimits() {
        return Stream.of(
                broken("BLIK takes PLN only", "currency", body -> body.put("currency", "EUR")),
                broken("BLIK takes at most 50 000 zł", "amount", body -> body.put("amount", 5_000_001)),
                broken("installments take at least 300 zł", "amount", body -> {
                    body.put("paymentMethod", "imoje_installments");
                    body.put("paymentMethodCode", "imoje_installments");
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validVariants")
    void whatRealPluginsSendIsAccepted(String variant, Consumer<ObjectNode> changing) {
        ObjectNode body = sale(shop, 1_000, "blik", "blik");
        changing.accept(body);

        Answer answer = post(base(shop) + "/transaction", shop.apiToken(), body);

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    }

    static Stream<Arguments> validVariants() {
        return Stream.of(
                Arguments.of("orderId as an integer", (Consumer<ObjectNode>) body -> body.put("orderId", 12345)),
                Arguments.of("orderId with Polish letters", (Consumer<ObjectNode>) body -> body.put("orderId",
                        "Zamówienie #12/a_b-c.d")),
                Arguments.of("empty optional fields", (Consumer<ObjectNode>) body -> {
                    body.put("clientIp", "");
                    body.put("notificationUrl", "");
                    body.putNull("returnUrl");
                    body.putNull("validTo");
                    customer(body).put("phone", "");
                }),
                Arguments.of("an IPv6 client and a future validTo", (Consumer<ObjectNode>) body -> {
                    body.put("clientIp", "2001:db8::7");
                    body.put("validTo", Instant.now().getEpochSecond() + 3600);
                    body.put("returnUrl", "https://sklep.example.com/back");
                }),
                Arguments.of("a title with imoje's extra characters", (Consumer<ObjectNode>) body -> body.put(
                        "title", "Tom & Jerry, \"Kot\" i 'mysz' – 😀")));
    }

    static Stream<Arguments> brokenRefunds() {
        return Stream.of(
                broken("type must be refund", "type", body -> body.put("type", "sale")),
                broken("serviceId is required", "serviceId", body -> body.remove("serviceId")),
                broken("amount must be an integer", "amount", body -> body.put("amount", "10")),
                broken("amount must be positive", "amount", body -> body.put("amount", 0)),
                broken("title has at most 255 characters", "title", body -> body.put("title", "t".repeat(256))),
                broken("sendRefundConfirmationEmail is a boolean", "sendRefundConfirmationEmail",
                        body -> body.put("sendRefundConfirmationEmail", "yes")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRefunds")
    void aBrokenRefundRequestIsRefusedAndRefundsNothing(String rule, String field, Consumer<ObjectNode> breaking) {
        String saleId = settledSale(1_000).get("id").stringValue();
        ObjectNode body = refund(100);
        breaking.accept(body);
        long transactions = rows("payment_transaction");

        Answer answer = post(base(shop) + "/transaction/" + saleId + "/refund", shop.apiToken(), body);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.errorCode()).isEqualTo("TRX-ERROR-110001");
        assertThat(answer.errorFields()).containsExactly(field);
        assertThat(answer.instance()).isEqualTo(JSON.writeValueAsString(body));
        assertThat(rows("payment_transaction")).isEqualTo(transactions);
    }

    @Test
    void aRefundForAnotherShopsServiceIdIsRefused() {
        String saleId = settledSale(1_000).get("id").stringValue();
        TestShop other = fixtures.shopOf(fixtures.merchantWithAllRoles());
        ObjectNode body = refund(100);
        body.put("serviceId", other.serviceId().toString());

        Answer answer = post(base(shop) + "/transaction/" + saleId + "/refund", shop.apiToken(), body);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.errorFields()).containsExactly("serviceId");
        assertThat(rows("payment_transaction")).isEqualTo(1);
    }

    @Test
    void theOtherBodiesAndTheIdempotencyKeyAreCheckedToo() {
        String saleId = settledSale(1_000).get("id").stringValue();
        Answer noAmount = post(base(shop) + "/transaction/" + saleId + "/can-refund", shop.apiToken(), "{}");
        assertThat(noAmount.status()).isEqualTo(422);
        assertThat(noAmount.errorFields()).containsExactly("amount");

        String methods = base(shop) + "/service/" + shop.serviceId() + "/get-payment-methods";
        Answer badMethods = post(methods, shop.apiToken(),
                "{\"amount\":1.5,\"currency\":\"XXX\",\"device\":\"tv\",\"locale\":\"polski\"}");
        assertThat(badMethods.status()).isEqualTo(422);
        assertThat(badMethods.errorFields()).containsExactly("amount", "currency", "device", "locale");

        Answer longKey = send(json(base(shop) + "/transaction", JSON.writeValueAsString(sale(shop, 1_000, "blik",
                "blik"))).header("Idempotency-Key", "k".repeat(256)), shop.apiToken());
        assertThat(longKey.status()).isEqualTo(422);
        assertThat(longKey.errorFields()).containsExactly("Idempotency-Key");
        assertThat(rows("payment")).isEqualTo(1);
    }

    @Test
    void everyProblemOfOneBodyIsReportedAtOnce() {
        Answer answer = post(base(shop) + "/transaction", shop.apiToken(),
                "{\"type\":\"sale\",\"amount\":\"100\",\"customer\":{\"firstName\":\"Jan\"}}");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.errorFields()).containsExactly("serviceId", "amount", "currency", "orderId",
                "paymentMethod", "paymentMethodCode", "successReturnUrl", "failureReturnUrl", "customer.lastName",
                "customer.email");
        assertThat(answer.text()).startsWith("{\"apiErrorResponse\":{\"code\":\"TRX-ERROR-110001\",\"message\":")
                .contains("\"instance\":{\"type\":\"sale\",\"amount\":\"100\",\"customer\":{\"firstName\":\"Jan\"}}");
    }

    private static ObjectNode customer(ObjectNode body) {
        return (ObjectNode) body.get("customer");
    }

    private static Arguments broken(String rule, String field, Consumer<ObjectNode> breaking) {
        return Arguments.of(rule, field, breaking);
    }
}
