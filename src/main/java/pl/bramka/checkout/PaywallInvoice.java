package pl.bramka.checkout;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import pl.bramka.invoice.InvoiceDetails;
import pl.bramka.invoice.InvoiceObject;
import tools.jackson.databind.JsonNode;

/**
 * The paywall's {@code invoice} field: base64 of gzipped JSON (imoje-compat.md §3), read into imoje's invoice object
 * and checked like the API's. Either the object (null when the field holds none) or the problems that refuse the
 * form.
 */
record PaywallInvoice(@Nullable InvoiceDetails details, List<PaywallProblem> problems) {

    static final String MESSAGE = "checkout.paywall.invoice";

    static PaywallInvoice read(@Nullable Object field, long amount) {
        if (field == null) {
            return new PaywallInvoice(null, List.of());
        }
        if (!(field instanceof String packed)) {
            return refused("invoice", "must be base64 of gzipped JSON");
        }
        JsonNode json;
        try {
            json = InvoiceObject.unpack(packed);
        } catch (IllegalArgumentException unreadable) {
            return refused("invoice", unreadable.getMessage());
        }
        if (json == null) {
            return new PaywallInvoice(null, List.of());
        }
        List<PaywallProblem> problems = new ArrayList<>();
        InvoiceDetails details = InvoiceObject.read(json, amount,
                (name, message) -> problems.add(problem(name, message)));
        return new PaywallInvoice(details, problems);
    }

    private static PaywallInvoice refused(String field, String message) {
        return new PaywallInvoice(null, List.of(problem(field, message)));
    }

    private static PaywallProblem problem(String field, String message) {
        return new PaywallProblem(field, MESSAGE, new Object[] {field, message});
    }
}
