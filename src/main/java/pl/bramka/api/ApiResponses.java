package pl.bramka.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import pl.bramka.payment.PayerUrls;
import pl.bramka.payment.TransactionWireFormat;
import pl.bramka.shared.PublicUrl;

/** Successful answers: HTTP 200 (plugins treat anything else as failure), compact JSON in the order given. */
final class ApiResponses {

    private ApiResponses() {
    }

    static ResponseEntity<byte[]> ok(Object tree) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(TransactionWireFormat.json(tree));
    }

    /** imoje's {@code action}: send the payer to the payment page. */
    static Map<String, Object> paymentPageAction(PublicUrl publicUrl, UUID paymentId) {
        Map<String, Object> action = new LinkedHashMap<>();
        action.put("type", "redirect");
        action.put("url", publicUrl.of(PayerUrls.paymentPage(paymentId)));
        action.put("method", "GET");
        action.put("contentType", "");
        action.put("contentBodyRaw", "");
        return action;
    }
}
