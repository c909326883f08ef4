package pl.bramka.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import pl.bramka.Fixtures.TestShop;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Payment links as WooCommerce's default imoje gateway uses them: create, send the payer, read, cancel. */
class PaymentLinkApiTests extends ApiTest {

    private static final List<String> LINK_KEYS = List.of("id", "url", "serviceId", "orderId", "title", "simp",
            "amount", "currency", "returnUrl", "successReturnUrl", "failureReturnUrl", "customer", "isActive",
            "validTo", "created", "modified");
    private static final List<String> STATE_KEYS = List.of("status", "isGenerated", "isUsed", "usedAt",
            "isConfirmVisited", "confirmVisitedAt", "notificationUrl", "transactions");

    @Test
    void aLinkIsCreatedInImojesKeyOrderAndPointsAtThePaymentPage() {
        Answer created = post(base(shop) + "/payment", shop.apiToken(), wooCommerceLink(shop, 12_999));

        assertThat(created.status()).as(created.text()).isEqualTo(200);
        assertThat(created.text()).startsWith("{\"payment\":{\"id\":\"").doesNotContain("\n", "\\/");
        JsonNode payment = created.json().get("payment");
        assertThat(keys(created.json())).containsExactly("payment");
        assertThat(keys(payment)).containsExactlyElementsOf(LINK_KEYS);
        String id = payment.get("id").stringValue();
        assertThat(payment.get("url").stringValue()).isEqualTo(baseUrl() + "/pay/" + id);
        assertThat(payment.get("amount").isIntegralNumber()).isTrue();
        assertThat(payment.get("amount").longValue()).isEqualTo(12_999);
        assertThat(payment.get("orderId").stringValue()).isEqualTo("4711");
        assertThat(payment.get("returnUrl").stringValue()).isEqualTo("https://sklep.example.com/checkout");
        assertThat(payment.get("successReturnUrl").stringValue()).isEqualTo("https://sklep.example.com/order/4711");
        assertThat(keys(payment.get("customer"))).containsExactly("firstName", "lastName", "email", "phone");
        assertThat(payment.at("/customer/phone").stringValue()).as("WooCommerce sends \"\" for no phone").isEmpty();
        assertThat(payment.get("isActive").booleanValue()).isTrue();
        assertThat(payment.get("validTo").isNull()).as("the demo shop's payment activity has no limit").isTrue();
        assertThat(jdbc.sql("select source || ':' || array_to_string(visible_methods, ',') from payment where id = ?")
                .param(UUID.fromString(id)).query(String.class).single()).isEqualTo("web:card,blik");
    }

    @Test
    void aLinkIsReadFlatWithTheVisitAndTheAttemptsOfItsPayer() {
        String id = createdLink(5_000);
        JsonNode fresh = get(base(shop) + "/payment/" + id, shop.apiToken()).json();
        assertThat(keys(fresh)).containsExactlyElementsOf(concat(LINK_KEYS, STATE_KEYS));
        assertThat(fresh.get("status").stringValue()).isEqualTo("new");
        assertThat(fresh.get("isUsed").booleanValue()).isFalse();
        assertThat(fresh.get("usedAt").isNull()).isTrue();
        assertThat(fresh.get("isConfirmVisited").booleanValue()).isFalse();
        assertThat(fresh.get("transactions").isArray()).isTrue();
        assertThat(fresh.get("transactions")).isEmpty();

        assertThat(payer(HttpRequest.newBuilder(uri("/pay/" + id)).GET()).status()).isEqualTo(200);
        Answer paid = payer(HttpRequest.newBuilder(uri("/pay/" + id))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("method=blik&blikCode=777123")));
        assertThat(paid.status()).isEqualTo(303);

        JsonNode settled = get(base(shop) + "/payment/" + id, shop.apiToken()).json();
        assertThat(settled.get("status").stringValue()).isEqualTo("settled");
        assertThat(settled.get("isActive").booleanValue()).isFalse();
        assertThat(settled.get("isUsed").booleanValue()).isTrue();
        assertThat(settled.get("usedAt").isIntegralNumber()).isTrue();
        assertThat(settled.get("isConfirmVisited").booleanValue()).isTrue();
        assertThat(settled.get("confirmVisitedAt").isIntegralNumber()).isTrue();
        assertThat(settled.get("transactions")).singleElement().satisfies(sale -> {
            assertThat(keys(sale)).startsWith(TRANSACTION_KEYS.toArray(String[]::new));
            assertThat(sale.get("status").stringValue()).isEqualTo("settled");
            assertThat(sale.get("source").stringValue()).isEqualTo("web");
            assertThat(sale.get("paymentMethodCode").stringValue()).isEqualTo("blik");
        });
        String saleId = settled.at("/transactions/0/id").stringValue();
        assertThat(get(base(shop) + "/transaction/" + saleId, shop.apiToken()).json().at("/transaction/status")
                .stringValue()).as("the link's sale is an ordinary transaction of the API").isEqualTo("settled");
    }

    @Test
    void anUnpaidLinkIsCancelledAndAPaidOrCancelledOneIsNot() {
        String id = createdLink(2_000);

        Answer cancelled = post(base(shop) + "/payment/cancel", shop.apiToken(), cancel(shop, id));

        assertThat(cancelled.status()).as(cancelled.text()).isEqualTo(200);
        assertThat(keys(cancelled.json())).containsExactlyElementsOf(concat(LINK_KEYS, STATE_KEYS));
        assertThat(cancelled.json().get("status").stringValue()).isEqualTo("cancelled");
        assertThat(cancelled.json().get("isActive").booleanValue()).isFalse();
        assertThat(payer(HttpRequest.newBuilder(uri("/pay/" + id)).GET()).text()).contains("Płatność wygasła");
        Answer again = post(base(shop) + "/payment/cancel", shop.apiToken(), cancel(shop, id));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.errorCode()).isEqualTo("TRX-ERROR-140002");

        String paid = createdLink(2_000);
        payer(HttpRequest.newBuilder(uri("/pay/" + paid)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("method=blik&blikCode=777123")));
        Answer refused = post(base(shop) + "/payment/cancel", shop.apiToken(), cancel(shop, paid));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorCode()).isEqualTo("TRX-ERROR-140001");
        assertThat(refused.errorFields()).containsExactly("paymentId");
        assertThat(get(base(shop) + "/payment/" + paid, shop.apiToken()).json().get("status").stringValue())
                .isEqualTo("settled");
    }

    @Test
    void aBrokenLinkRequestNamesEveryBrokenFieldAndWritesNothing() {
        ObjectNode body = wooCommerceLink(shop, 1_000);
        body.put("amount", "10.00");
        body.put("currency", "XYZ");
        body.put("orderId", "<b>1</b>");
        body.putArray("visibleMethod").add("card").add("bitcoin");
        body.put("preselectMethodCode", "nope");
        body.put("successReturnUrl", "javascript:alert(1)");
        body.put("validTo", 1);
        ((ObjectNode) body.get("customer")).put("email", "not-an-address");

        Answer refused = post(base(shop) + "/payment", shop.apiToken(), body);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorCode()).isEqualTo("TRX-ERROR-110001");
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("amount", "currency", "orderId", "visibleMethod",
                "preselectMethodCode", "successReturnUrl", "validTo", "customer.email");
        ObjectNode noCustomer = wooCommerceLink(shop, 1_000);
        noCustomer.remove("customer");
        noCustomer.put("visibleMethod", "card");
        assertThat(post(base(shop) + "/payment", shop.apiToken(), noCustomer).errorFields())
                .containsExactlyInAnyOrder("customer", "visibleMethod");
        assertThat(rows("payment")).isZero();
    }

    @Test
    void aTokenReachesOnlyItsOwnShopsLinks() {
        TestShop other = fixtures.shopOf(fixtures.merchantWithAllRoles());
        String theirs = post(base(other) + "/payment", other.apiToken(), wooCommerceLink(other, 1_000)).json()
                .at("/payment/id").stringValue();

        for (String id : List.of(theirs, UUID.randomUUID().toString(), "not-a-uuid")) {
            Answer read = get(base(shop) + "/payment/" + id, shop.apiToken());
            assertThat(read.status()).as(id).isEqualTo(404);
            assertThat(read.errorCode()).isEqualTo("NOT-FOUND-000404");
        }
        Answer foreign = post(base(shop) + "/payment/cancel", shop.apiToken(), cancel(shop, theirs));
        assertThat(foreign.status()).isEqualTo(404);
        Answer foreignShop = post(base(shop) + "/payment/cancel", shop.apiToken(), cancel(other, theirs));
        assertThat(foreignShop.errorFields()).containsExactly("serviceId");
        assertThat(post(base(shop) + "/payment", shop.apiToken(), wooCommerceLink(other, 1_000)).errorFields())
                .containsExactly("serviceId");
        for (String token : new String[] {null, "not-a-token", other.apiToken()}) {
            assertThat(post(base(shop) + "/payment", token, wooCommerceLink(shop, 1_000)).status()).isEqualTo(401);
            assertThat(get(base(shop) + "/payment/" + theirs, token).status()).isEqualTo(401);
            assertThat(post(base(shop) + "/payment/cancel", token, cancel(shop, theirs)).status()).isEqualTo(401);
        }
        assertThat(rows("payment")).isZero();
        assertThat(get(base(other) + "/payment/" + theirs, other.apiToken()).json().get("status").stringValue())
                .isEqualTo("new");
    }

    /** The body WooCommerce's prepareDataPaymentLink builds, keys in its order, extras included. */
    private ObjectNode wooCommerceLink(TestShop of, long amount) {
        ObjectNode body = JSON.createObjectNode();
        body.put("serviceId", of.serviceId().toString());
        body.put("amount", amount);
        body.put("currency", "PLN");
        body.put("orderId", "4711");
        body.put("title", "4711");
        body.put("returnUrl", "https://sklep.example.com/checkout");
        body.put("successReturnUrl", "https://sklep.example.com/order/4711");
        body.put("failureReturnUrl", "https://sklep.example.com/order/4711");
        ObjectNode customer = body.putObject("customer");
        customer.put("firstName", "Jan");
        customer.put("lastName", "Kowalski");
        customer.put("email", "jan@example.com");
        customer.put("phone", "");
        body.put("notificationUrl", "https://sklep.example.com/?wc-api=imoje");
        body.put("version", "4.9.0");
        body.putArray("visibleMethod").add("card").add("blik");
        body.putObject("cart").putArray("items");
        body.put("invoice", "H4sIAAAAAAAA");
        return body;
    }

    private String createdLink(long amount) {
        ObjectNode body = wooCommerceLink(shop, amount);
        body.remove("visibleMethod");
        Answer created = post(base(shop) + "/payment", shop.apiToken(), body);
        assertThat(created.status()).as(created.text()).isEqualTo(200);
        return created.json().at("/payment/id").stringValue();
    }

    private ObjectNode cancel(TestShop of, String paymentId) {
        ObjectNode body = JSON.createObjectNode();
        body.put("serviceId", of.serviceId().toString());
        body.put("paymentId", paymentId);
        return body;
    }

    /** A payer's browser: no token, a Polish page. */
    private Answer payer(HttpRequest.Builder request) {
        return send(request.header("Accept-Language", "pl"), null);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
