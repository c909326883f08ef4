package pl.bramka.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import pl.bramka.shared.Money;
import tools.jackson.databind.JsonNode;

/** {@code /v3/api-docs} describes the integration API and nothing else; Swagger UI is served without inline code. */
class OpenApiTests extends ApiTest {

    private static final String PREFIX = "/v1/merchant/{merchantId}";

    @Test
    void theApiDescriptionListsEveryEndpointAndOnlyThose() {
        Answer docs = get("/v3/api-docs", null);

        assertThat(docs.status()).isEqualTo(200);
        JsonNode json = docs.json();
        assertThat(json.get("openapi").stringValue()).startsWith("3.");
        assertThat(keys(json.get("paths"))).containsExactlyInAnyOrder(PREFIX + "/transaction",
                PREFIX + "/transaction/{transactionId}", PREFIX + "/transaction/{transactionId}/refund",
                PREFIX + "/transaction/{transactionId}/can-refund", PREFIX + "/service/{serviceId}",
                PREFIX + "/service/{serviceId}/get-payment-methods", PREFIX + "/payment",
                PREFIX + "/payment/{paymentId}", PREFIX + "/payment/cancel", PREFIX + "/auth/rotate");
        JsonNode paths = json.get("paths");
        assertThat(keys(paths.get(PREFIX + "/transaction"))).containsExactly("post");
        assertThat(keys(paths.get(PREFIX + "/transaction/{transactionId}"))).containsExactly("get");
        assertThat(keys(paths.get(PREFIX + "/service/{serviceId}"))).containsExactly("get");
        for (String path : keys(paths)) {
            for (String method : keys(paths.get(path))) {
                JsonNode operation = paths.get(path).get(method);
                List<String> expected = new ArrayList<>(List.of("200", "401"));
                if (path.contains("{transactionId}") || path.contains("{serviceId}") || path.contains("/payment/")
                        || path.endsWith("/auth/rotate")) {
                    expected.add("404");
                }
                if (operation.has("x-token-scope")) {
                    expected.add("403");
                }
                if (method.equals("post")) {
                    expected.addAll(List.of("400", "415", "422"));
                    assertThat(operation.at("/requestBody/content/application~1json/schema").isMissingNode())
                            .as(path).isFalse();
                }
                assertThat(keys(operation.get("responses"))).as(path).containsExactlyInAnyOrderElementsOf(expected);
                assertThat(operation.at("/responses/200/content/application~1json/schema").isMissingNode())
                        .as(path).isFalse();
            }
        }
    }

    @Test
    void theDescriptionHasTheBearerSchemeSchemasAndExamples() {
        JsonNode json = get("/v3/api-docs", null).json();

        assertThat(json.at("/components/securitySchemes/bearerAuth/type").stringValue()).isEqualTo("http");
        assertThat(json.at("/components/securitySchemes/bearerAuth/scheme").stringValue()).isEqualTo("bearer");
        assertThat(json.at("/security/0").has("bearerAuth")).isTrue();
        JsonNode create = json.at("/paths/" + PREFIX.replace("/", "~1") + "~1transaction/post");
        assertThat(create.at("/requestBody/content/application~1json/schema/$ref").stringValue())
                .endsWith("/CreateTransactionRequest");
        assertThat(create.at("/requestBody/content/application~1json/examples").size()).isEqualTo(2);
        assertThat(keys(create.get("parameters").get(1))).contains("name");
        assertThat(create.get("parameters").findValuesAsString("name")).contains("merchantId", "Idempotency-Key");
        JsonNode refund = json.at("/paths/" + PREFIX.replace("/", "~1") + "~1transaction~1{transactionId}~1refund/post");
        assertThat(refund.get("parameters").findValuesAsString("name")).contains("transactionId", "Idempotency-Key");
        JsonNode schemas = json.at("/components/schemas");
        assertThat(keys(schemas)).contains("CreateTransactionRequest", "Customer", "Transaction", "Action",
                "CreateTransactionResponse", "RefundRequest", "CanRefundResponse", "ServiceResponse",
                "PaymentMethodGroup", "ApiErrorResponse");
        assertThat(keys(schemas.at("/Transaction/properties"))).containsSequence(TRANSACTION_KEYS);
        assertThat(schemas.at("/CreateTransactionRequest/required").findValuesAsString("x")).isEmpty();
        List<String> required = new ArrayList<>();
        schemas.at("/CreateTransactionRequest/required").forEach(name -> required.add(name.stringValue()));
        assertThat(required).contains("type", "serviceId", "amount", "currency", "orderId", "paymentMethod",
                "paymentMethodCode", "successReturnUrl", "failureReturnUrl", "customer");
        List<String> currencies = new ArrayList<>();
        schemas.at("/CreateTransactionRequest/properties/currency/enum")
                .forEach(currency -> currencies.add(currency.stringValue()));
        assertThat(currencies).as("the currencies Money accepts").containsExactlyInAnyOrderElementsOf(Money.CURRENCIES);
    }

    @Test
    void swaggerUiIsServedUnderTheApplicationsContentSecurityPolicy() {
        Answer page = get("/swagger-ui/index.html", null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Security-Policy")).contains("default-src 'self'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        Matcher script = Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL).matcher(page.text());
        int scripts = 0;
        while (script.find()) {
            scripts++;
            assertThat(script.group(1)).as("every script is a file").contains("src=");
            assertThat(script.group(2)).as("no inline code").isBlank();
        }
        assertThat(scripts).isPositive();
        Answer config = get("/v3/api-docs/swagger-config", null);
        assertThat(config.status()).isEqualTo(200);
        assertThat(config.json().get("url").stringValue()).isEqualTo("/v3/api-docs");
    }
}
