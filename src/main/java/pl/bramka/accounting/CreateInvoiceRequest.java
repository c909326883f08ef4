package pl.bramka.accounting;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import pl.bramka.shared.Money;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON body of ING Księgowość's {@code create-invoice}, as the KSeF README describes it (docs/accounting.md has
 * the mapping): amounts in major units as decimal numbers with the currency's digits, dates as ISO dates, the
 * currency with its rate (1 for złoty; for another currency the rate is left to the service, which knows the NBP
 * table of the day before the sale), the payment already made in full on the issue date.
 */
final class CreateInvoiceRequest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CreateInvoiceRequest() {
    }

    static String json(ExternalInvoice invoice) {
        int digits = Money.fractionDigits(invoice.currency());
        ObjectNode body = JSON.createObjectNode();
        body.put("issueDate", date(invoice.issueDate()));
        body.put("saleDate", date(invoice.saleDate()));
        body.put("description", invoice.description());
        ObjectNode currency = body.putObject("currency");
        currency.put("code", invoice.currency());
        if ("PLN".equals(invoice.currency())) {
            currency.put("rate", BigDecimal.ONE);
        }
        else {
            currency.putNull("rate");
        }
        ObjectNode payment = body.putObject("payment");
        payment.put("method", invoice.paymentMethod());
        payment.put("deadlineDate", date(invoice.issueDate()));
        payment.put("paidAmount", major(invoice.paidAmount(), digits));
        ExternalInvoice.Buyer buyer = invoice.buyer();
        ObjectNode buyerNode = body.putObject("buyer");
        optional(buyerNode, "email", buyer.email());
        buyerNode.put("fullName", buyer.fullName());
        optional(buyerNode, "addressStreet", buyer.street());
        optional(buyerNode, "city", buyer.city());
        optional(buyerNode, "postCode", buyer.postalCode());
        optional(buyerNode, "countryCode", buyer.countryCode());
        optional(buyerNode, "taxNumber", buyer.taxNumber());
        optional(buyerNode, "taxCountryCode", buyer.taxCountryCode());
        var positions = body.putArray("positions");
        for (ExternalInvoice.Position position : invoice.positions()) {
            ObjectNode line = positions.addObject();
            line.put("name", position.name());
            optional(line, "code", position.code());
            line.put("quantity", position.quantity());
            optional(line, "unit", position.unit());
            line.put("net", major(position.net(), digits));
            line.put("gross", major(position.gross(), digits));
            line.put("taxStake", position.taxStake());
        }
        return JSON.writeValueAsString(body);
    }

    private static BigDecimal major(long minor, int digits) {
        return BigDecimal.valueOf(minor, digits);
    }

    private static String date(LocalDate date) {
        return date.toString();
    }

    private static void optional(ObjectNode node, String field, @Nullable String value) {
        if (value == null) {
            node.putNull(field);
        }
        else {
            node.put(field, value);
        }
    }
}
