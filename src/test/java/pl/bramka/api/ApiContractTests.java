package pl.bramka.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import pl.bramka.Fixtures.TestShop;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The API as a shop's plugin sees it: statuses, field names and their order in the raw bytes, and the rules. */
class ApiContractTests extends ApiTest {

    // POST /transaction

    @Test
    void aCreatedSaleIsAnsweredWithTheTransactionAndThePaymentPageInImojesKeyOrder() {
        ObjectNode body = sale(shop, 12_999, "pbl", "ing");
        body.putObject("billing").put("firstName", "Jan").put("street", "Długa 1").put("countryCodeAlpha2", "PL");
        body.putObject("shipping").put("city", "Łódź");
        body.put("invoice", "H4sIAAAAAAAA");
        body.putObject("installment").put("period", 10);
        ((ObjectNode) body.get("customer")).put("cid", "42").put("company", "Firma").put("locale", "pl");

        Answer created = post(base(shop) + "/transaction", shop.apiToken(), body);

        assertThat(created.status()).as(created.text()).isEqualTo(200);
        assertThat(created.header("Content-Type")).startsWith("application/json");
        String raw = created.text();
        assertThat(raw).startsWith("{\"transaction\":{\"id\":\"").doesNotContain("\n", "\": ", "\\/", "\\u");
        assertThat(created.raw()).containsSequence(("\"orderId\":\"" + body.get("orderId").stringValue() + "\"")
                .getBytes(StandardCharsets.UTF_8));
        JsonNode json = created.json();
        assertThat(keys(json)).containsExactly("transaction", "action");
        JsonNode transaction = json.get("transaction");
        assertThat(keys(transaction)).containsExactlyElementsOf(TRANSACTION_KEYS);
        assertThat(transaction.get("type").stringValue()).isEqualTo("sale");
        assertThat(transaction.get("status").stringValue()).isEqualTo("new");
        assertThat(transaction.get("source").stringValue()).isEqualTo("api");
        assertThat(transaction.get("created").isIntegralNumber()).isTrue();
        assertThat(transaction.get("created").longValue()).isCloseTo(System.currentTimeMillis() / 1000,
                org.assertj.core.data.Offset.offset(60L));
        assertThat(transaction.get("modified").isIntegralNumber()).isTrue();
        assertThat(transaction.get("notificationUrl").stringValue()).isEqualTo("https://sklep.example.com/imoje/notify");
        assertThat(transaction.get("serviceId").stringValue()).isEqualTo(shop.serviceId().toString());
        assertThat(transaction.get("amount").isIntegralNumber()).isTrue();
        assertThat(transaction.get("amount").longValue()).isEqualTo(12_999);
        assertThat(transaction.get("currency").stringValue()).isEqualTo("PLN");
        assertThat(transaction.get("title").stringValue()).isEqualTo("Zakupy w sklepie");
        assertThat(transaction.get("orderId").stringValue()).isEqualTo(body.get("orderId").stringValue());
        assertThat(transaction.get("paymentMethod").stringValue()).isEqualTo("pbl");
        assertThat(transaction.get("paymentMethodCode").stringValue()).isEqualTo("ing");
        JsonNode action = json.get("action");
        assertThat(keys(action)).containsExactlyElementsOf(ACTION_KEYS);
        UUID paymentId = jdbc.sql("select payment_id from payment_transaction where id = ?")
                .param(UUID.fromString(transaction.get("id").stringValue())).query(UUID.class).single();
        assertThat(action.get("url").stringValue()).isEqualTo(baseUrl() + "/pay/" + paymentId);
        assertThat(raw).contains("\"url\":\"" + baseUrl() + "/pay/" + paymentId + "\"");
        assertThat(action.get("type").stringValue()).isEqualTo("redirect");
        assertThat(action.get("method").stringValue()).isEqualTo("GET");
        assertThat(action.get("contentType").stringValue()).isEmpty();
        assertThat(action.get("contentBodyRaw").stringValue()).isEmpty();
        assertThat(jdbc.sql("select source from payment where id = ?").param(paymentId).query(String.class).single())
                .isEqualTo("api");
    }

    @Test
    void aBlikCodeIsPaidAtOnceAndSettles() {
        Answer created = post(base(shop) + "/transaction", shop.apiToken(), blikSale(5_000, "777123"));

        assertThat(created.status()).as(created.text()).isEqualTo(200);
        JsonNode transaction = created.json().get("transaction");
        assertThat(transaction.get("status").stringValue()).isEqualTo("settled");
        List<String> expected = new ArrayList<>(TRANSACTION_KEYS);
        expected.add("blikTransactionId");
        assertThat(keys(transaction)).containsExactlyElementsOf(expected);
        assertThat(transaction.get("blikTransactionId").stringValue()).matches("\\d{12}");
        assertThat(created.json().at("/action/url").stringValue()).startsWith(baseUrl() + "/pay/");
    }

    @Test
    void theSandboxRejectsBlikCode111111WithABlikStatusCode() {
        Answer created = post(base(shop) + "/transaction", shop.apiToken(), blikSale(5_000, "111111"));

        assertThat(created.status()).as(created.text()).isEqualTo(200);
        JsonNode transaction = created.json().get("transaction");
        assertThat(transaction.get("status").stringValue()).isEqualTo("rejected");
        assertThat(transaction.get("statusCode").stringValue()).startsWith("BLK-ERROR-");
        List<String> expected = new ArrayList<>(TRANSACTION_KEYS);
        expected.addAll(List.of("statusCode", "statusCodeDescription"));
        assertThat(keys(transaction)).containsExactlyElementsOf(expected);
        assertThat(created.json().at("/action/url").stringValue()).isNotEmpty();
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheFirstAnswerAndAnotherBodyIsRefused() {
        String body = JSON.writeValueAsString(blikSale(2_500, "777123"));
        HttpRequest.Builder first = json(base(shop) + "/transaction", body).header("Idempotency-Key", "order-77");
        Answer original = send(first, shop.apiToken());
        Answer retried = send(json(base(shop) + "/transaction", body).header("Idempotency-Key", "order-77"),
                shop.apiToken());

        assertThat(original.status()).isEqualTo(200);
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.text()).isEqualTo(original.text());
        assertThat(rows("payment_transaction")).isEqualTo(1);
        assertThat(rows("payment")).isEqualTo(1);

        String other = JSON.writeValueAsString(blikSale(2_600, "777123"));
        Answer reused = send(json(base(shop) + "/transaction", other).header("Idempotency-Key", "order-77"),
                shop.apiToken());
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.errorCode()).isEqualTo("TRX-ERROR-110002");
        assertThat(rows("payment_transaction")).isEqualTo(1);
        assertThat(rows("payment")).isEqualTo(1);

        Answer withoutKey = post(base(shop) + "/transaction", shop.apiToken(), body);
        assertThat(withoutKey.json().at("/transaction/id").stringValue())
                .isNotEqualTo(original.json().at("/transaction/id").stringValue());
    }

    @Test
    void aCreatedSaleIsStoredWithItsPaymentTimelineOrderAndNotification() {
        ObjectNode body = sale(shop, 4_200, "pbl", "ing");

        Answer created = post(base(shop) + "/transaction", shop.apiToken(), body);

        assertThat(created.status()).as(created.text()).isEqualTo(200);
        UUID saleId = UUID.fromString(created.json().get("transaction").get("id").stringValue());
        assertThat(jdbc.sql("""
                select p.status || ' ' || p.amount || ' ' || p.order_id from payment p
                join payment_transaction t on t.payment_id = p.id where t.id = ?""").param(saleId)
                .query(String.class).single()).isEqualTo("new 4200 " + body.get("orderId").stringValue());
        assertThat(jdbc.sql("select event || ' ' || to_status from transaction_status_change where transaction_id = ?")
                .param(saleId).query(String.class).list()).containsExactly("CREATE new");
        assertThat(jdbc.sql("""
                select attempts || ' ' || last_status from payment_order where service_id = ? and order_id = ?""")
                .params(shop.serviceId(), body.get("orderId").stringValue()).query(String.class).single())
                .isEqualTo("1 new");
        assertThat(jdbc.sql("select event_status || ' ' || url from notification where transaction_id = ?")
                .param(saleId).query(String.class).list())
                .containsExactly("new https://sklep.example.com/imoje/notify");
    }

    @Test
    void aShopThatIsNotActiveOrAMethodItSwitchedOffIsRefused() {
        jdbc.sql("update shop_payment_method set enabled = false where service_id = ? and method_code = 'ing'")
                .param(shop.serviceId()).update();
        Answer disabled = post(base(shop) + "/transaction", shop.apiToken(), sale(shop, 1_000, "pbl", "ing"));
        assertThat(disabled.status()).isEqualTo(422);
        assertThat(disabled.errorCode()).isEqualTo("TRX-ERROR-120100");
        assertThat(disabled.errorFields()).containsExactly("paymentMethodCode");

        jdbc.sql("update shop set status = 'BLOCKED' where service_id = ?").param(shop.serviceId()).update();
        Answer blocked = post(base(shop) + "/transaction", shop.apiToken(), sale(shop, 1_000, "blik", "blik"));
        assertThat(blocked.status()).isEqualTo(422);
        assertThat(blocked.errorCode()).isEqualTo("TRX-ERROR-120001");
        assertThat(rows("payment")).isZero();
    }

    // GET /transaction/{id}

    @Test
    void aNewSaleIsReadWithItsActionAndASettledOneWithItsRefunds() {
        Answer created = post(base(shop) + "/transaction", shop.apiToken(), sale(shop, 3_000, "pbl", "mtransfer"));
        String id = created.json().at("/transaction/id").stringValue();
        Answer fresh = get(base(shop) + "/transaction/" + id, shop.apiToken());
        assertThat(fresh.status()).isEqualTo(200);
        assertThat(keys(fresh.json())).containsExactly("transaction", "action");
        ObjectNode freshTransaction = (ObjectNode) fresh.json().get("transaction");
        assertThat(keys(freshTransaction.get("payment"))).containsExactly("id", "status");
        assertThat(freshTransaction.at("/payment/id").stringValue())
                .isEqualTo(created.json().at("/action/url").stringValue().replaceAll(".*/pay/", ""));
        assertThat(freshTransaction.at("/payment/status").stringValue()).isEqualTo("new");
        freshTransaction.remove("payment");
        assertThat(freshTransaction).isEqualTo(created.json().get("transaction"));
        assertThat(fresh.json().get("action")).isEqualTo(created.json().get("action"));

        JsonNode sale = settledSale(10_000);
        String saleId = sale.get("id").stringValue();
        Answer unrefunded = get(base(shop) + "/transaction/" + saleId, shop.apiToken());
        assertThat(keys(unrefunded.json())).containsExactly("transaction");
        assertThat(unrefunded.json().at("/transaction/payment/status").stringValue()).isEqualTo("settled");
        ObjectNode unrefundedTransaction = (ObjectNode) unrefunded.json().get("transaction");
        unrefundedTransaction.remove("payment");
        assertThat(unrefundedTransaction).isEqualTo(sale);

        JsonNode refund = post(base(shop) + "/transaction/" + saleId + "/refund", shop.apiToken(), refund(2_000))
                .json().get("transaction");
        Answer refunded = get(base(shop) + "/transaction/" + saleId, shop.apiToken());
        JsonNode transaction = refunded.json().get("transaction");
        List<String> expected = new ArrayList<>(TRANSACTION_KEYS);
        expected.addAll(List.of("blikTransactionId", "payment", "refunds"));
        assertThat(keys(transaction)).containsExactlyElementsOf(expected);
        assertThat(transaction.get("refunds").isArray()).isTrue();
        assertThat(transaction.get("refunds")).hasSize(1);
        assertThat(keys(transaction.get("refunds").get(0))).containsExactly("transaction");
        assertThat(transaction.get("refunds").get(0).get("transaction")).isEqualTo(refund);

        Answer ofRefund = get(base(shop) + "/transaction/" + refund.get("id").stringValue(), shop.apiToken());
        assertThat(keys(ofRefund.json())).containsExactly("transaction");
        assertThat(keys(ofRefund.json().get("transaction"))).containsExactlyElementsOf(TRANSACTION_KEYS);
        assertThat(ofRefund.json().at("/transaction/type").stringValue()).isEqualTo("refund");
    }

    // POST /transaction/{id}/refund and /can-refund

    @Test
    void aPartialThenAFullRefundSucceedAndAThirdIsRefused() {
        String saleId = settledSale(10_000).get("id").stringValue();
        String path = base(shop) + "/transaction/" + saleId + "/refund";

        ObjectNode partialBody = refund(3_000);
        partialBody.put("title", "Zwrot części");
        partialBody.put("sendRefundConfirmationEmail", true);
        Answer partial = post(path, shop.apiToken(), partialBody);
        assertThat(partial.status()).as(partial.text()).isEqualTo(200);
        assertThat(keys(partial.json())).containsExactly("transaction");
        JsonNode refund = partial.json().get("transaction");
        assertThat(keys(refund)).containsExactlyElementsOf(TRANSACTION_KEYS);
        assertThat(refund.get("type").stringValue()).isEqualTo("refund");
        assertThat(refund.get("status").stringValue()).isEqualTo("settled");
        assertThat(refund.get("amount").longValue()).isEqualTo(3_000);
        assertThat(refund.get("title").stringValue()).isEqualTo("Zwrot części");

        Answer tooMuch = post(path, shop.apiToken(), refund(7_001));
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.errorCode()).isEqualTo("TRX-ERROR-130001");
        assertThat(tooMuch.errorFields()).containsExactly("amount");
        assertThat(tooMuch.json().at("/apiErrorResponse/message").stringValue()).contains("7000");

        Answer rest = post(path, shop.apiToken(), refund(7_000));
        assertThat(rest.status()).isEqualTo(200);
        assertThat(rest.json().at("/transaction/title").stringValue()).isEmpty();

        Answer again = post(path, shop.apiToken(), refund(1));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.errorCode()).isEqualTo("TRX-ERROR-130003");
        assertThat(again.instance()).isEqualTo(JSON.writeValueAsString(refund(1)));

        Answer ofRefund = post(base(shop) + "/transaction/" + refund.get("id").stringValue() + "/refund",
                shop.apiToken(), refund(1));
        assertThat(ofRefund.errorCode()).isEqualTo("TRX-ERROR-130004");
        String unpaid = post(base(shop) + "/transaction", shop.apiToken(), sale(shop, 1_000, "pbl", "ing")).json()
                .at("/transaction/id").stringValue();
        Answer ofUnpaid = post(base(shop) + "/transaction/" + unpaid + "/refund", shop.apiToken(), refund(1));
        assertThat(ofUnpaid.status()).isEqualTo(422);
        assertThat(ofUnpaid.errorCode()).isEqualTo("TRX-ERROR-130002");
        assertThat(jdbc.sql("select coalesce(sum(amount), 0) from payment_transaction where sale_id = ?")
                .param(UUID.fromString(saleId)).query(Long.class).single()).isEqualTo(10_000);
    }

    @Test
    void aRefundRetriedWithTheSameIdempotencyKeyGetsTheFirstAnswerAndAnotherBodyOrSaleIsRefused() {
        String saleId = settledSale(10_000).get("id").stringValue();
        String path = base(shop) + "/transaction/" + saleId + "/refund";
        String body = JSON.writeValueAsString(refund(3_000));

        Answer original = send(json(path, body).header("Idempotency-Key", "refund-77"), shop.apiToken());
        Answer retried = send(json(path, body).header("Idempotency-Key", "refund-77"), shop.apiToken());

        assertThat(original.status()).as(original.text()).isEqualTo(200);
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.text()).isEqualTo(original.text());
        assertThat(refundedOf(saleId)).isEqualTo(3_000);

        Answer otherBody = send(json(path, JSON.writeValueAsString(refund(3_001))).header("Idempotency-Key",
                "refund-77"), shop.apiToken());
        assertThat(otherBody.status()).isEqualTo(422);
        assertThat(otherBody.errorCode()).isEqualTo("TRX-ERROR-110002");
        assertThat(otherBody.errorFields()).containsExactly("Idempotency-Key");
        String otherSaleId = settledSale(10_000).get("id").stringValue();
        Answer otherSale = send(json(base(shop) + "/transaction/" + otherSaleId + "/refund", body)
                .header("Idempotency-Key", "refund-77"), shop.apiToken());
        assertThat(otherSale.status()).isEqualTo(422);
        assertThat(otherSale.errorCode()).isEqualTo("TRX-ERROR-110002");
        Answer tooLong = send(json(path, body).header("Idempotency-Key", "k".repeat(256)), shop.apiToken());
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.errorFields()).containsExactly("Idempotency-Key");
        assertThat(refundedOf(saleId)).isEqualTo(3_000);
        assertThat(refundedOf(otherSaleId)).isZero();

        Answer withoutKey = post(path, shop.apiToken(), body);
        assertThat(withoutKey.json().at("/transaction/id").stringValue())
                .isNotEqualTo(original.json().at("/transaction/id").stringValue());
    }

    private long refundedOf(String saleId) {
        return jdbc.sql("select coalesce(sum(amount), 0) from payment_transaction where sale_id = ?")
                .param(UUID.fromString(saleId)).query(Long.class).single();
    }

    @Test
    void canRefundTellsWhatRemains() {
        String saleId = settledSale(10_000).get("id").stringValue();
        String path = base(shop) + "/transaction/" + saleId + "/can-refund";

        Answer part = post(path, shop.apiToken(), "{\"amount\":4000}");
        assertThat(part.status()).isEqualTo(200);
        assertThat(keys(part.json())).containsExactly("id", "refundable", "balance", "fullRefund", "partialRefund");
        assertThat(keys(part.json().get("partialRefund"))).containsExactly("maxRefundAmount", "minRefundAmount");
        assertThat(part.text()).isEqualTo("{\"id\":\"" + saleId + "\",\"refundable\":true,\"balance\":10000,"
                + "\"fullRefund\":false,\"partialRefund\":{\"maxRefundAmount\":10000,\"minRefundAmount\":1}}");

        post(base(shop) + "/transaction/" + saleId + "/refund", shop.apiToken(), refund(4_000));
        assertThat(post(path, shop.apiToken(), "{\"amount\":6000}").text()).isEqualTo("{\"id\":\"" + saleId
                + "\",\"refundable\":true,\"balance\":6000,\"fullRefund\":true,"
                + "\"partialRefund\":{\"maxRefundAmount\":6000,\"minRefundAmount\":1}}");
        assertThat(post(path, shop.apiToken(), "{\"amount\":6001}").text()).isEqualTo("{\"id\":\"" + saleId
                + "\",\"refundable\":false,\"balance\":6000,\"fullRefund\":false,"
                + "\"partialRefund\":{\"maxRefundAmount\":6000,\"minRefundAmount\":1}}");

        String unpaid = post(base(shop) + "/transaction", shop.apiToken(), sale(shop, 1_000, "pbl", "ing")).json()
                .at("/transaction/id").stringValue();
        JsonNode notSettled = post(base(shop) + "/transaction/" + unpaid + "/can-refund", shop.apiToken(),
                "{\"amount\":1}").json();
        assertThat(notSettled.get("refundable").booleanValue()).isFalse();
        assertThat(notSettled.get("balance").longValue()).isZero();
    }

    @Test
    void twentyConcurrentRefundsNeverExceedTheSale() throws Exception {
        String saleId = settledSale(1_000).get("id").stringValue();
        String path = base(shop) + "/transaction/" + saleId + "/refund";
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Callable<Answer>> requests = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            requests.add(() -> post(path, shop.apiToken(), refund(70)));
        }
        List<Answer> answers = new ArrayList<>();
        for (Future<Answer> answer : pool.invokeAll(requests)) {
            answers.add(answer.get());
        }
        pool.shutdown();

        long refunded = answers.stream().filter(answer -> answer.status() == 200)
                .mapToLong(answer -> answer.json().at("/transaction/amount").longValue()).sum();
        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).isIn(200, 422));
        assertThat(answers.stream().filter(answer -> answer.status() == 422))
                .allSatisfy(answer -> assertThat(answer.errorCode()).isEqualTo("TRX-ERROR-130001"));
        assertThat(refunded).isEqualTo(14 * 70).isLessThanOrEqualTo(1_000);
        assertThat(jdbc.sql("select coalesce(sum(amount), 0) from payment_transaction where sale_id = ?")
                .param(UUID.fromString(saleId)).query(Long.class).single()).isEqualTo(refunded);
    }

    // GET /service/{serviceId} and POST get-payment-methods

    @Test
    void theServiceListsEveryEnabledMethodOncePerCurrency() {
        Answer answer = get(base(shop) + "/service/" + shop.serviceId(), shop.apiToken());

        assertThat(answer.status()).isEqualTo(200);
        JsonNode json = answer.json();
        assertThat(keys(json)).containsExactly("service");
        JsonNode service = json.get("service");
        assertThat(keys(service)).containsExactly("id", "created", "isActive", "paymentMethods");
        assertThat(service.get("id").stringValue()).isEqualTo(shop.serviceId().toString());
        assertThat(service.get("created").isIntegralNumber()).isTrue();
        assertThat(service.get("isActive").booleanValue()).isTrue();
        JsonNode methods = service.get("paymentMethods");
        assertThat(methods.isArray()).isTrue();
        long expected = pl.bramka.shop.PaymentMethodCatalogue.all().stream()
                .mapToLong(method -> method.currencies().size()).sum();
        assertThat(methods).hasSize((int) expected);
        for (JsonNode method : methods) {
            assertThat(keys(method)).containsExactly("paymentMethod", "paymentMethodCode", "isActive", "isOnline",
                    "description", "currency", "transactionLimits", "paymentMethodImage", "paymentMethodCodeImage");
            assertThat(keys(method.get("transactionLimits"))).containsExactly("minTransaction", "maxTransaction");
            assertThat(keys(method.at("/transactionLimits/minTransaction"))).containsExactly("type", "value");
            assertThat(method.at("/transactionLimits/maxTransaction/type").stringValue()).isEqualTo("number");
            assertThat(method.get("paymentMethodImage").isArray()).isTrue();
            assertThat(method.get("paymentMethodCodeImage").isArray()).isTrue();
        }
        assertThat(answer.text()).contains("{\"paymentMethod\":\"blik\",\"paymentMethodCode\":\"blik\","
                + "\"isActive\":true,\"isOnline\":true,\"description\":\"BLIK\",\"currency\":\"PLN\","
                + "\"transactionLimits\":{\"minTransaction\":{\"type\":\"number\",\"value\":1},"
                + "\"maxTransaction\":{\"type\":\"number\",\"value\":5000000}},\"paymentMethodImage\":[],"
                + "\"paymentMethodCodeImage\":[{\"png\":\"" + baseUrl() + "/payment-methods/blik.svg\"}]}");

        jdbc.sql("update shop_payment_method set enabled = false where service_id = ? and method_code = 'ecom3ds'")
                .param(shop.serviceId()).update();
        JsonNode fewer = get(base(shop) + "/service/" + shop.serviceId(), shop.apiToken()).json()
                .at("/service/paymentMethods");
        assertThat(fewer).hasSize((int) expected - 5);
        fewer.forEach(method -> assertThat(method.get("paymentMethodCode").stringValue()).isNotEqualTo("ecom3ds"));
    }

    @Test
    void paymentMethodsAreGroupedAndOnlyThoseTakingTheCurrencyAndAmount() {
        String path = base(shop) + "/service/" + shop.serviceId() + "/get-payment-methods";
        Answer pln = post(path, shop.apiToken(), "{\"amount\":500,\"currency\":\"PLN\",\"device\":\"mobile\"}");

        assertThat(pln.status()).isEqualTo(200);
        JsonNode groups = pln.json();
        assertThat(groups.isArray()).isTrue();
        List<String> labels = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (JsonNode group : groups) {
            assertThat(keys(group)).containsExactly("label", "isOnline", "image", "priority", "channels");
            assertThat(group.get("image").isArray()).isTrue();
            labels.add(group.get("label").stringValue());
            for (JsonNode channel : group.get("channels")) {
                assertThat(keys(channel)).containsExactly("paymentMethod", "paymentMethodCode", "label", "priority",
                        "isOnline", "image");
                assertThat(channel.get("image").isArray()).isTrue();
                codes.add(channel.get("paymentMethodCode").stringValue());
            }
        }
        assertThat(labels).containsExactly("BLIK", "Karty płatnicze", "Przelewy online (pay-by-link)",
                "Portfele cyfrowe");
        assertThat(codes).contains("blik", "ecom3ds", "ing", "gpay").doesNotContain("paypo", "imoje_installments");

        JsonNode eur = post(path, shop.apiToken(), "{\"amount\":500,\"currency\":\"EUR\",\"locale\":\"en\"}").json();
        assertThat(eur.findValuesAsString("label")).contains("Payment cards", "Digital wallets")
                .doesNotContain("BLIK");
        assertThat(eur.findValuesAsString("paymentMethodCode")).containsExactly("ecom3ds", "gpay", "applepay");
        JsonNode sek = post(path, shop.apiToken(), "{\"amount\":500,\"currency\":\"SEK\"}").json();
        assertThat(sek.isArray()).isTrue();
        assertThat(sek).isEmpty();
    }

    // Authentication and scope

    @Test
    void everyEndpointAnswers401WithoutAValidTokenForItsMerchant() {
        String sale = settledSale(1_000).get("id").stringValue();
        TestShop other = fixtures.shopOf(fixtures.merchantWithAllRoles());
        jdbc.sql("update api_token set revoked_at = now() where service_id = ?").param(other.serviceId()).update();
        List<String> paths = List.of("/transaction", "/transaction/" + sale, "/transaction/" + sale + "/refund",
                "/transaction/" + sale + "/can-refund", "/service/" + shop.serviceId(),
                "/service/" + shop.serviceId() + "/get-payment-methods", "/no-such-path");
        for (String path : paths) {
            boolean isGet = path.equals("/transaction/" + sale) || path.startsWith("/service/") && !path.endsWith(
                    "methods") || path.equals("/no-such-path");
            for (String token : new String[] {null, "", "not-a-token", other.apiToken()}) {
                Answer answer = isGet ? get(base(shop) + path, token) : post(base(shop) + path, token, "{}");
                assertThat(answer.status()).as(path + " with " + token).isEqualTo(401);
                assertThat(answer.errorCode()).isEqualTo("AUTH-ERROR-000401");
                assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
            }
            Answer otherMerchant = isGet ? get("/v1/merchant/" + "x" + shop.merchantPublicId() + path,
                    shop.apiToken()) : post("/v1/merchant/x" + shop.merchantPublicId() + path, shop.apiToken(), "{}");
            assertThat(otherMerchant.status()).as(path).isEqualTo(401);
        }
        Answer lowercaseScheme = send(java.net.http.HttpRequest.newBuilder(uri(base(shop) + "/service/"
                + shop.serviceId())).header("Authorization", "bearer " + shop.apiToken()).GET(), null);
        assertThat(lowercaseScheme.status()).isEqualTo(200);
        Answer wrongScheme = send(java.net.http.HttpRequest.newBuilder(uri(base(shop) + "/service/"
                + shop.serviceId())).header("Authorization", "Basic " + shop.apiToken()).GET(), null);
        assertThat(wrongScheme.status()).isEqualTo(401);
        assertThat(jdbc.sql("select count(*) from payment_transaction where service_id = ? and type = 'refund'")
                .param(shop.serviceId()).query(Long.class).single()).isZero();
    }

    @Test
    void aTokenSeesOnlyItsOwnShop() {
        TestShop other = fixtures.shopOf(fixtures.merchantWithAllRoles());
        String theirs = post(base(other) + "/transaction", other.apiToken(), sale(other, 1_000, "pbl", "ing"))
                .json().at("/transaction/id").stringValue();
        String mine = "/v1/merchant/" + shop.merchantPublicId();

        for (String id : List.of(theirs, UUID.randomUUID().toString(), "not-a-uuid", theirs.toUpperCase() + "0")) {
            Answer read = get(mine + "/transaction/" + id, shop.apiToken());
            assertThat(read.status()).as(id).isEqualTo(404);
            assertThat(read.errorCode()).isEqualTo("NOT-FOUND-000404");
            assertThat(post(mine + "/transaction/" + id + "/refund", shop.apiToken(), refund(1)).status())
                    .isEqualTo(404);
            assertThat(post(mine + "/transaction/" + id + "/can-refund", shop.apiToken(), "{\"amount\":1}")
                    .status()).isEqualTo(404);
        }
        for (String serviceId : List.of(other.serviceId().toString(), UUID.randomUUID().toString(), "42")) {
            assertThat(get(mine + "/service/" + serviceId, shop.apiToken()).status()).isEqualTo(404);
            assertThat(post(mine + "/service/" + serviceId + "/get-payment-methods", shop.apiToken(),
                    "{\"amount\":1,\"currency\":\"PLN\"}").status()).isEqualTo(404);
        }
        Answer foreignBody = post(mine + "/transaction", shop.apiToken(), sale(other, 1_000, "blik", "blik"));
        assertThat(foreignBody.status()).isEqualTo(422);
        assertThat(foreignBody.errorFields()).containsExactly("serviceId");
        assertThat(rows("payment")).isZero();
    }

    @Test
    void usingATokenRecordsWhenItWasLastUsed() {
        String hash = pl.bramka.shared.Tokens.sha256Hex(shop.apiToken());
        assertThat(jdbc.sql("select last_used_at from api_token where token_hash = ?").param(hash)
                .query(java.sql.Timestamp.class).optional()).isEmpty();

        get(base(shop) + "/service/" + shop.serviceId(), shop.apiToken());

        java.sql.Timestamp used = jdbc.sql("select last_used_at from api_token where token_hash = ?").param(hash)
                .query(java.sql.Timestamp.class).single();
        assertThat(used.toInstant()).isCloseTo(java.time.Instant.now(),
                org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MINUTES));

        java.sql.Timestamp recent = lastUsedBefore(hash, "30 seconds");
        get(base(shop) + "/service/" + shop.serviceId(), shop.apiToken());
        assertThat(lastUsed(hash)).as("recorded to the minute, not on every request").isEqualTo(recent);
        java.sql.Timestamp old = lastUsedBefore(hash, "2 minutes");
        get(base(shop) + "/service/" + shop.serviceId(), shop.apiToken());
        assertThat(lastUsed(hash)).isAfter(old);
    }

    private java.sql.Timestamp lastUsedBefore(String hash, String interval) {
        jdbc.sql("update api_token set last_used_at = now() - cast(? as interval) where token_hash = ?")
                .params(interval, hash).update();
        return lastUsed(hash);
    }

    private java.sql.Timestamp lastUsed(String hash) {
        return jdbc.sql("select last_used_at from api_token where token_hash = ?").param(hash)
                .query(java.sql.Timestamp.class).single();
    }

    // Malformed requests: JSON answers, never a page or a redirect

    @Test
    void wrongMethodsTypesAndBodiesAreAnsweredInJson() {
        Answer wrongMethod = send(java.net.http.HttpRequest.newBuilder(uri(base(shop) + "/transaction"))
                .DELETE(), shop.apiToken());
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.errorCode()).isEqualTo("REQUEST-ERROR-000405");
        assertThat(wrongMethod.header("Allow")).contains("POST");

        Answer form = send(java.net.http.HttpRequest.newBuilder(uri(base(shop) + "/transaction"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("type=sale")), shop.apiToken());
        assertThat(form.status()).isEqualTo(415);
        assertThat(form.errorCode()).isEqualTo("REQUEST-ERROR-000415");

        for (String body : List.of("{\"type\":", "", "[1,2]", "\"sale\"", "{\"amount\":1,\"amount\":2}",
                "{\"amount\":1} trailing")) {
            Answer malformed = post(base(shop) + "/transaction", shop.apiToken(), body);
            assertThat(malformed.status()).as(body).isEqualTo(400);
            assertThat(malformed.errorCode()).isEqualTo("REQUEST-ERROR-000400");
            assertThat(malformed.json().at("/apiErrorResponse/instance")).isEmpty();
        }

        Answer unknown = get(base(shop) + "/nothing/here", shop.apiToken());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo("NOT-FOUND-000404");
        Answer html = send(java.net.http.HttpRequest.newBuilder(uri(base(shop) + "/transaction/"
                + UUID.randomUUID())).header("Accept", "text/html").GET(), shop.apiToken());
        assertThat(html.status()).isEqualTo(404);
        assertThat(html.header("Content-Type")).startsWith("application/json");
        assertThat(rows("payment")).isZero();
    }
}
