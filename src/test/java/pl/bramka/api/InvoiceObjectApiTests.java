package pl.bramka.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;
import java.util.stream.Stream;

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
