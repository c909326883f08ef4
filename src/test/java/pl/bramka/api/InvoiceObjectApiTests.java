package pl.bramka.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** imoje's invoice object on the create-transaction API: checked, stored with the payment, or refused whole. */
class InvoiceObjectApiTests extends ApiTest {

    static Stream<Arguments> brokenInvoices() {
        return Stream.of(
                Arguments.of("a company NIP with a wrong check digit", "invoice.buyer.idNumber",
                        (Consumer<ObjectNode>) invoice -> invoice.withObject("buyer").put("idNumber", "5260250275")),
                Arguments.of("positions that do not add up to the amount", "invoice.positions",
                        (Consumer<ObjectNode>) invoice -> ((ObjectNode) invoice.withArray("positions").get(0))
                                .put("grossAmount", 1_300)),
                Arguments.of("a company without its id type", "invoice.buyer.idType",
                        (Consumer<ObjectNode>) invoice -> invoice.withObject("buyer").remove("idType")),
                Arguments.of("an unknown tax stake", "invoice.positions[1].taxStake",
                        (Consumer<ObjectNode>) invoice -> ((ObjectNode) invoice.withArray("positions").get(1))
                                .put("taxStake", "TAX_99")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenInvoices")
    void aBrokenInvoiceObjectIsRefusedAndWritesNothing(String rule, String field, Consumer<ObjectNode> breaking) {
        ObjectNode body = sale(shop, 2_000, "blik", "blik");
        ObjectNode invoice = companyInvoice();
        breaking.accept(invoice);
        body.set("invoice", invoice);
        long payments = rows("payment");

        Answer answer = post(base(shop) + "/transaction", shop.apiToken(), body);

        assertThat(answer.status()).as(answer.text()).isEqualTo(422);
        assertThat(answer.errorCode()).isEqualTo("TRX-ERROR-110001");
        assertThat(answer.errorFields()).as(answer.text()).containsExactly(field);
        assertThat(rows("payment")).isEqualTo(payments);
        assertThat(requestsOfShop()).isZero();
    }

    @Test
    void aValidInvoiceObjectIsStoredWithThePayment() {
        ObjectNode body = sale(shop, 2_000, "blik", "blik");
        body.set("invoice", companyInvoice());

        Answer answer = post(base(shop) + "/transaction", shop.apiToken(), body);

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(requestsOfShop()).isOne();
        String stored = jdbc.sql("select r.details::text from payment_invoice_request r join payment p on "
                + "p.id = r.payment_id where p.service_id = ?").param(shop.serviceId()).query(String.class).single();
        assertThat(stored).contains("5260250274", "Hurtownia Żółw S.A.", "TAX_EXEMPT");
    }

    @Test
    void aPaymentLinkTakesTheInvoiceObjectTooAndRefusesABrokenOne() {
        ObjectNode link = JSON.createObjectNode();
        link.put("serviceId", shop.serviceId().toString());
        link.put("amount", 2_000);
        link.put("currency", "PLN");
        link.put("orderId", "LINK-FV-1");
        ObjectNode customer = link.putObject("customer");
        customer.put("firstName", "Jan");
        customer.put("lastName", "Kowalski");
        customer.put("email", "jan@example.com");
        ObjectNode broken = companyInvoice();
        ((ObjectNode) broken.withArray("positions").get(0)).put("grossAmount", 1);
        link.set("invoice", broken);

        Answer refused = post(base(shop) + "/payment", shop.apiToken(), link);
        link.set("invoice", companyInvoice());
        Answer created = post(base(shop) + "/payment", shop.apiToken(), link);

        assertThat(refused.status()).as(refused.text()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactly("invoice.positions");
        assertThat(created.status()).as(created.text()).isEqualTo(200);
        assertThat(requestsOfShop()).isOne();
    }

    @Test
    void thePackedFormPluginsSendIsReadAndAnEmptyOneIsNoInvoice() throws IOException {
        ObjectNode empty = sale(shop, 2_000, "blik", "blik");
        empty.put("invoice", "H4sIAAAAAAAA");
        ObjectNode packed = sale(shop, 2_000, "blik", "blik");
        packed.put("invoice", gzippedBase64(JSON.writeValueAsString(companyInvoice())));

        Answer withoutInvoice = post(base(shop) + "/transaction", shop.apiToken(), empty);
        assertThat(withoutInvoice.status()).as(withoutInvoice.text()).isEqualTo(200);
        assertThat(requestsOfShop()).isZero();
        Answer withInvoice = post(base(shop) + "/transaction", shop.apiToken(), packed);
        assertThat(withInvoice.status()).as(withInvoice.text()).isEqualTo(200);
        assertThat(requestsOfShop()).isOne();
    }

    private static String gzippedBase64(String json) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(json.getBytes(StandardCharsets.UTF_8));
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    private long requestsOfShop() {
        return jdbc.sql("select count(*) from payment_invoice_request r join payment p on p.id = r.payment_id "
                + "where p.service_id = ?").param(shop.serviceId()).query(Long.class).single();
    }

    /** A company buyer with a valid NIP (the Ministry of Finance's) and positions adding up to 20.00 zł. */
    static ObjectNode companyInvoice() {
        ObjectNode invoice = JSON.createObjectNode();
        ObjectNode buyer = invoice.putObject("buyer");
        buyer.put("type", "COMPANY");
        buyer.put("email", "zakupy@zolw.example");
        buyer.put("fullName", "Hurtownia Żółw S.A.");
        buyer.put("street", "ul. Długa 5");
        buyer.put("city", "Gdańsk");
        buyer.put("postalCode", "80-001");
        buyer.put("countryCodeAlpha2", "PL");
        buyer.put("idType", "VAT_ID");
        buyer.put("idCountryCodeAlpha2", "PL");
        buyer.put("idNumber", "526-025-02-74");
        ArrayNode positions = invoice.putArray("positions");
        position(positions, "Usługa", 1_000, "TAX_23");
        position(positions, "Książka", 600, "TAX_8");
        position(positions, "Szkolenie", 400, "TAX_EXEMPT");
        return invoice;
    }

    private static void position(ArrayNode positions, String name, long gross, String stake) {
        ObjectNode position = positions.addObject();
        position.put("name", name);
        position.put("quantity", 1);
        position.put("unit", "szt.");
        position.put("grossAmount", gross);
        position.put("taxStake", stake);
    }
}
