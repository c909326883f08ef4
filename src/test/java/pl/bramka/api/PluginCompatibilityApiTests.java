package pl.bramka.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What imoje's newest WooCommerce plugin (4.16) needs besides the calls themselves: method images it may show,
 * a trace id to log, its {@code Accept} header and {@code version} field, and payment addresses short enough for
 * the 244-character columns of a Sylius plugin.
 */
class PluginCompatibilityApiTests extends ApiTest {

    @Test
    void everyMethodOfTheServiceHasABadgeServedByBramkaItself() {
        Answer service = get(base(shop) + "/service/" + shop.serviceId(), shop.apiToken());

        assertThat(service.status()).isEqualTo(200);
        JsonNode methods = service.json().at("/service/paymentMethods");
        assertThat(methods.size()).isPositive();
        for (JsonNode method : methods) {
            JsonNode images = method.get("paymentMethodCodeImage");
            assertThat(images.size()).as(method.toString()).isEqualTo(1);
            String url = images.get(0).get("png").stringValue();
            assertThat(url).isEqualTo(baseUrl() + "/payment-methods/"
                    + method.get("paymentMethodCode").stringValue() + ".svg");

            Answer badge = send(HttpRequest.newBuilder(uri(url.substring(baseUrl().length()))).GET(), null);
            assertThat(badge.status()).as(url).isEqualTo(200);
            assertThat(badge.header("Content-Type")).startsWith("image/svg+xml");
            assertThat(badge.header("Cache-Control")).contains("public").contains("max-age");
            assertThat(badge.text()).startsWith("<svg").contains(escaped(method.get("description").stringValue()))
                    .doesNotContain("<script", "href");
        }
        assertThat(send(HttpRequest.newBuilder(uri("/payment-methods/no-such-method.svg")).GET(), null).status())
                .isEqualTo(404);
    }

    @Test
    void everyAnswerCarriesItsOwnTraceIdErrorsIncluded() {
        Set<String> ids = new HashSet<>();
        Answer ok = get(base(shop) + "/service/" + shop.serviceId(), shop.apiToken());
        Answer unauthorized = get(base(shop) + "/service/" + shop.serviceId(), "no-such-token");
        Answer notFound = get(base(shop) + "/transaction/00000000-0000-4000-8000-000000000000", shop.apiToken());

        for (Answer answer : new Answer[] {ok, unauthorized, notFound}) {
            assertThat(answer.header("x-trace-id")).as(answer.text()).matches("[0-9a-f-]{36}");
            ids.add(answer.header("x-trace-id"));
        }
        assertThat(unauthorized.status()).isEqualTo(401);
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(ids).hasSize(3);
    }

    @Test
    void aCreateBodyWithTheVersionFieldSentWithAcceptJsonIsAnsweredAndItsAddressesFit244Characters() {
        ObjectNode sale = sale(shop, 4_999, "pbl", "ing");
        sale.put("version", "4.16.0");
        Answer created = post(base(shop) + "/transaction", shop.apiToken(), sale);

        assertThat(created.status()).as(created.text()).isEqualTo(200);
        assertThat(created.json().at("/action/url").stringValue()).hasSizeLessThanOrEqualTo(244);

        ObjectNode link = JSON.createObjectNode();
        link.put("serviceId", shop.serviceId().toString());
        link.put("amount", 4_999);
        link.put("currency", "PLN");
        link.put("orderId", "Link 244");
        link.put("title", "Zakupy");
        link.put("version", "4.16.0");
        link.putObject("customer").put("firstName", "Jan").put("lastName", "Kowalski").put("email", "jan@example.com");
        Answer payment = post(base(shop) + "/payment", shop.apiToken(), link);

        assertThat(payment.status()).as(payment.text()).isEqualTo(200);
        assertThat(payment.json().at("/payment/url").stringValue()).hasSizeLessThanOrEqualTo(244);
    }

    private static String escaped(String name) {
        return name.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
