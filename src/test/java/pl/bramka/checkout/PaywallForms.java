package pl.bramka.checkout;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.web.util.HtmlUtils;
import pl.bramka.Fixtures.TestShop;

/** Paywall forms as a shop builds them: its fields, signed with its key the way imoje's plugins sign. */
final class PaywallForms {

    private PaywallForms() {
    }

    /** The required fields of an order of {@code amount} grosze for the shop. */
    static Map<String, String> order(TestShop shop, String amount, String orderId) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("serviceId", shop.serviceId().toString());
        form.put("merchantId", shop.merchantPublicId());
        form.put("amount", amount);
        form.put("currency", "PLN");
        form.put("orderId", orderId);
        form.put("customerFirstName", "Jan");
        form.put("customerLastName", "Kowalski");
        return form;
    }

    /** The form with its signature made with {@code key}, as the last field. */
    static Map<String, String> signed(Map<String, String> form, String key) {
        Map<String, String> signed = new LinkedHashMap<>(form);
        signed.put("signature", signature(form, key));
        return signed;
    }

    static String signature(Map<String, String> form, String key) {
        Map<String, String[]> parameters = form.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, field -> new String[] {field.getValue()}));
        PaywallFields fields = ((PaywallOutcome.Accepted<PaywallFields>) PaywallFields.read(parameters)).value();
        return PaywallSignature.sign(fields.signed(), key, PaywallSignature.Algorithm.SHA256);
    }

    /** A shop's checkout page: the form as hidden fields, posted to {@code action} by a "Pay" button. */
    static String html(String action, Map<String, String> form) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Shop checkout</title></head><body><main><h1>Shop checkout</h1><form method=\"post\" action=\"")
                .append(HtmlUtils.htmlEscape(action)).append("\">");
        form.forEach((name, value) -> html.append("<input type=\"hidden\" name=\"").append(HtmlUtils.htmlEscape(name))
                .append("\" value=\"").append(HtmlUtils.htmlEscape(value)).append("\">"));
        return html.append("<button type=\"submit\">Pay at the gateway</button></form></main></body></html>")
                .toString();
    }
}
