package pl.bramka.payment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * imoje's transaction object, the same in API responses and in notifications (imoje-compat.md §1.3 and §4): keys
 * in exactly this order, {@code created}/{@code modified} in unix seconds, amounts as integers, absent texts as
 * {@code ""}, then only when present {@code statusCode}, {@code statusCodeDescription}, {@code blikTransactionId}.
 * Shops' plugins hash and compare these bytes, so {@link #json} pins how they are written: compact, UTF-8 as is,
 * {@code /} unescaped.
 */
public final class TransactionWireFormat {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
            .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    private TransactionWireFormat() {
    }

    /** The transaction object of a sale or a refund, as an ordered map. */
    public static Map<String, Object> transaction(Transaction transaction) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("id", transaction.id().toString());
        object.put("type", transaction.type().wire());
        object.put("status", transaction.status().wire());
        object.put("source", transaction.source().wire());
        object.put("created", transaction.created().getEpochSecond());
        object.put("modified", transaction.modified().getEpochSecond());
        object.put("notificationUrl", orEmpty(transaction.notificationUrl()));
        object.put("serviceId", transaction.serviceId().toString());
        object.put("amount", transaction.amount());
        object.put("currency", transaction.currency());
        object.put("title", orEmpty(transaction.title()));
        object.put("orderId", transaction.orderId());
        object.put("paymentMethod", transaction.paymentMethod());
        object.put("paymentMethodCode", transaction.paymentMethodCode());
        putPresent(object, "statusCode", transaction.statusCode());
        putPresent(object, "statusCodeDescription", transaction.statusCodeDescription());
        putPresent(object, "blikTransactionId", transaction.blikTransactionId());
        return object;
    }

    /**
     * A sale with its payment and refunds, as the API's GET of a transaction shows it: {@code "payment"} with the
     * payment's id and status, then, only when the sale has any, {@code "refunds"}, one {@code {"transaction":{…}}}
     * per refund, oldest first.
     */
    public static Map<String, Object> transaction(Transaction sale, Payment payment, List<Transaction> refunds) {
        Map<String, Object> object = transaction(sale);
        Map<String, Object> ofPayment = new LinkedHashMap<>();
        ofPayment.put("id", payment.id().toString());
        ofPayment.put("status", payment.status().wire());
        object.put("payment", ofPayment);
        if (!refunds.isEmpty()) {
            List<Map<String, Object>> wrapped = new ArrayList<>();
            for (Transaction refund : refunds) {
                wrapped.add(wrapped(refund));
            }
            object.put("refunds", wrapped);
        }
        return object;
    }

    /**
     * The payment object of a notification (imoje-compat.md §4), keys in the order of imoje's official example:
     * {@code id, title, amount, status, created, orderId, currency, modified, serviceId, notificationUrl}.
     */
    public static Map<String, Object> payment(Payment payment) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("id", payment.id().toString());
        object.put("title", orEmpty(payment.title()));
        object.put("amount", payment.amount());
        object.put("status", payment.status().wire());
        object.put("created", payment.created().getEpochSecond());
        object.put("orderId", payment.orderId());
        object.put("currency", payment.currency());
        object.put("modified", payment.modified().getEpochSecond());
        object.put("serviceId", payment.serviceId().toString());
        object.put("notificationUrl", orEmpty(payment.notificationUrl()));
        return object;
    }

    /** {@code {"transaction":{…}}}. */
    public static Map<String, Object> wrapped(Transaction transaction) {
        Map<String, Object> wrapper = new LinkedHashMap<>();
        wrapper.put("transaction", transaction(transaction));
        return wrapper;
    }

    /**
     * The compact UTF-8 JSON of a tree of ordered maps, lists, strings, numbers and booleans, in the form shops
     * verify: no whitespace, {@code /} and non-ASCII characters written as they are.
     */
    public static byte[] json(Object tree) {
        return JSON.writeValueAsBytes(tree);
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    private static void putPresent(Map<String, Object> object, String key, @Nullable String value) {
        if (value != null && !value.isEmpty()) {
            object.put(key, value);
        }
    }
}
