package pl.bramka.checkout;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.jspecify.annotations.Nullable;
import pl.bramka.invoice.InvoiceDetails;
import pl.bramka.invoice.InvoiceObject;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The paywall's {@code invoice} field: base64 of gzipped JSON (imoje-compat.md §3), read into imoje's invoice object
 * and checked like the API's. Either the object or the problems that refuse the form.
 */
record PaywallInvoice(@Nullable InvoiceDetails details, List<PaywallProblem> problems) {

    /** Far more than any real invoice object; a bigger one is refused before it fills memory. */
    static final int MAX_JSON_BYTES = 1024 * 1024;
    static final String MESSAGE = "checkout.paywall.invoice";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static PaywallInvoice read(@Nullable Object field, long amount) {
        if (field == null) {
            return new PaywallInvoice(null, List.of());
        }
        if (!(field instanceof String encoded) || encoded.isBlank()) {
            return refused("invoice", "must be base64 of gzipped JSON");
        }
        JsonNode json;
        try {
            json = JSON.readTree(gunzip(Base64.getDecoder().decode(encoded.strip().replace('-', '+')
                    .replace('_', '/'))));
        } catch (IllegalArgumentException | IOException | JacksonException unreadable) {
            return refused("invoice", "must be base64 of gzipped JSON");
        }
        List<PaywallProblem> problems = new ArrayList<>();
        InvoiceDetails details = InvoiceObject.read(json, amount,
                (name, message) -> problems.add(problem(name, message)));
        return new PaywallInvoice(details, problems);
    }

    private static byte[] gunzip(byte[] compressed) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            byte[] json = in.readNBytes(MAX_JSON_BYTES + 1);
            if (json.length > MAX_JSON_BYTES) {
                throw new IOException("invoice JSON larger than " + MAX_JSON_BYTES + " bytes");
            }
            return json;
        }
    }

    private static PaywallInvoice refused(String field, String message) {
        return new PaywallInvoice(null, List.of(problem(field, message)));
    }

    private static PaywallProblem problem(String field, String message) {
        return new PaywallProblem(field, MESSAGE, new Object[] {field, message});
    }
}
