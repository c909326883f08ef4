package pl.bramka.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import pl.bramka.Fixtures.TestShop;
import pl.bramka.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Base of the API tests: real HTTP against the application on its random port, raw bytes kept, and JSON read with
 * its keys in the order they came (Jackson's ObjectNode keeps it).
 */
abstract class ApiTest extends IntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final List<String> TRANSACTION_KEYS = List.of("id", "type", "status", "source", "created", "modified",
            "notificationUrl", "serviceId", "amount", "currency", "title", "orderId", "paymentMethod",
            "paymentMethodCode");
    static final List<String> ACTION_KEYS = List.of("type", "url", "method", "contentType", "contentBodyRaw");
    static final List<String> ERROR_KEYS = List.of("code", "message", "instance", "errors");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    TestShop shop;

    /** An answer as it came over the wire. */
    record Answer(int status, byte[] raw, HttpResponse<byte[]> response) {

        String text() {
            return new String(raw, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            return JSON.readTree(raw);
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        /** The error code of an apiErrorResponse, after checking the error's shape. */
        String errorCode() {
            JsonNode json = json();
            assertThat(keys(json)).containsExactly("apiErrorResponse");
            assertThat(keys(json.get("apiErrorResponse"))).containsExactlyElementsOf(ERROR_KEYS);
            assertThat(json.at("/apiErrorResponse/errors").isArray()).isTrue();
            assertThat(json.at("/apiErrorResponse/instance").isObject()).isTrue();
            return json.at("/apiErrorResponse/code").stringValue();
        }

        /** The echoed request body, as compact JSON in the order it was sent. */
        String instance() {
            return JSON.writeValueAsString(json().at("/apiErrorResponse/instance"));
        }

        List<String> errorFields() {
            List<String> fields = new ArrayList<>();
            json().at("/apiErrorResponse/errors").forEach(error -> {
                assertThat(keys(error)).containsExactly("field", "message");
                fields.add(error.get("field").stringValue());
            });
            return fields;
        }
    }

    @BeforeEach
    void shop() {
        shop = fixtures.shopOf(fixtures.merchantWithAllRoles());
    }

    static List<String> keys(JsonNode object) {
        return new ArrayList<>(object.propertyNames());
    }

    String base(TestShop of) {
        return "/v1/merchant/" + of.merchantPublicId();
    }

    Answer get(String path, String token) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), token);
    }

    Answer post(String path, String token, String body) {
        return send(json(path, body), token);
    }

    Answer post(String path, String token, JsonNode body) {
        return post(path, token, JSON.writeValueAsString(body));
    }

    HttpRequest.Builder json(String path, String body) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    Answer send(HttpRequest.Builder request, String token) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<byte[]> response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    URI uri(String path) {
        return URI.create(baseUrl() + path);
    }

    /** A valid create body in the order WooCommerce's plugin sends it. */
    ObjectNode sale(TestShop of, long amount, String method, String code) {
        ObjectNode body = JSON.createObjectNode();
        body.put("type", "sale");
        body.put("serviceId", of.serviceId().toString());
        body.put("amount", amount);
        body.put("currency", "PLN");
        body.put("orderId", "Zamówienie 1/" + UUID.randomUUID().toString().substring(0, 8));
        body.put("title", "Zakupy w sklepie");
        body.put("paymentMethod", method);
        body.put("paymentMethodCode", code);
        body.put("successReturnUrl", "https://sklep.example.com/success");
        body.put("failureReturnUrl", "https://sklep.example.com/failure");
        body.put("clientIp", "203.0.113.7");
        ObjectNode customer = body.putObject("customer");
        customer.put("firstName", "Jan");
        customer.put("lastName", "Kowalski");
        customer.put("email", "jan@example.com");
        body.put("notificationUrl", "https://sklep.example.com/imoje/notify");
        return body;
    }

    ObjectNode blikSale(long amount, String blikCode) {
        ObjectNode body = sale(shop, amount, "blik", "blik");
        body.put("blikCode", blikCode);
        return body;
    }

    /** A sale of this test's shop paid with BLIK at once: settled. */
    JsonNode settledSale(long amount) {
        Answer created = post(base(shop) + "/transaction", shop.apiToken(), blikSale(amount, "777123"));
        assertThat(created.status()).as(created.text()).isEqualTo(200);
        assertThat(created.json().at("/transaction/status").stringValue()).isEqualTo("settled");
        return created.json().get("transaction");
    }

    ObjectNode refund(long amount) {
        ObjectNode body = JSON.createObjectNode();
        body.put("type", "refund");
        body.put("serviceId", shop.serviceId().toString());
        body.put("amount", amount);
        return body;
    }

    ObjectNode object(Map<String, Object> values) {
        return JSON.valueToTree(values);
    }

    long rows(String table) {
        return jdbc.sql("select count(*) from " + table + " where service_id = ?").param(shop.serviceId())
                .query(Long.class).single();
    }
}
