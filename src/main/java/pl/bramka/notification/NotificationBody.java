package pl.bramka.notification;

import java.util.LinkedHashMap;
import java.util.Map;

import pl.bramka.payment.Payment;
import pl.bramka.payment.Transaction;
import pl.bramka.payment.TransactionType;
import pl.bramka.payment.TransactionWireFormat;

/**
 * The bytes of a notification, as imoje's official example has them (imoje-compat.md §4, vector V2):
 * {@code transaction}, then {@code payment} (always, also for API transactions, because plugins read
 * {@code payment.id} and {@code payment.status}), then for a sale {@code action}, the redirect that takes the payer to
 * the payment page. A payment that changed on its own (cancelled, expired) sends {@code payment} alone.
 */
final class NotificationBody {

    private NotificationBody() {
    }

    static byte[] of(Transaction transaction, Payment payment, String paymentPageUrl) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("transaction", TransactionWireFormat.transaction(transaction));
        body.put("payment", TransactionWireFormat.payment(payment));
        if (transaction.type() == TransactionType.SALE) {
            body.put("action", redirectTo(paymentPageUrl));
        }
        return TransactionWireFormat.json(body);
    }

    static byte[] of(Payment payment) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("payment", TransactionWireFormat.payment(payment));
        return TransactionWireFormat.json(body);
    }

    private static Map<String, Object> redirectTo(String url) {
        Map<String, Object> action = new LinkedHashMap<>();
        action.put("type", "redirect");
        action.put("url", url);
        action.put("method", "GET");
        action.put("contentType", "");
        action.put("contentBodyRaw", "");
        return action;
    }
}
