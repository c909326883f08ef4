package pl.bramka.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import pl.bramka.payment.Customer;
import pl.bramka.payment.PayerUrls;
import pl.bramka.payment.Payment;
import pl.bramka.payment.Transaction;
import pl.bramka.payment.TransactionWireFormat;
import pl.bramka.shared.PublicUrl;

/**
 * imoje's payment-link object (imoje-compat.md §1.5): keys in this order, times in unix seconds, absent texts as
 * {@code ""}, {@code validTo} null when the payment has no time limit. Reading or cancelling a link gives the same
 * keys followed by how it stands and its transactions.
 */
final class PaymentLinkFormat {

    private PaymentLinkFormat() {
    }

    /** What the payer was sent and what the link asks for: the answer to creating it. */
    static Map<String, Object> link(Payment payment, PublicUrl publicUrl, Instant now) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("id", payment.id().toString());
        object.put("url", publicUrl.of(PayerUrls.paymentPage(payment.id())));
        object.put("serviceId", payment.serviceId().toString());
        object.put("orderId", payment.orderId());
        object.put("title", payment.title());
        object.put("simp", "");
        object.put("amount", payment.amount());
        object.put("currency", payment.currency());
        object.put("returnUrl", orEmpty(payment.returnUrls().back()));
        object.put("successReturnUrl", orEmpty(payment.returnUrls().success()));
        object.put("failureReturnUrl", orEmpty(payment.returnUrls().failure()));
        object.put("customer", customer(payment.customer()));
        object.put("isActive", payment.payableAt(now));
        object.put("validTo", payment.validTo() == null ? null : payment.validTo().getEpochSecond());
        object.put("created", payment.created().getEpochSecond());
        object.put("modified", payment.modified().getEpochSecond());
        return object;
    }

    /**
     * The link with how it stands: its status, whether the payer opened it ({@code isConfirmVisited}) and started
     * paying ({@code isUsed}, with the first attempt's time), and every attempt, oldest first.
     */
    static Map<String, Object> stated(Payment payment, List<Transaction> attempts, Optional<Instant> firstVisit,
            PublicUrl publicUrl, Instant now) {
        Map<String, Object> object = link(payment, publicUrl, now);
        object.put("status", payment.status().wire());
        object.put("isGenerated", true);
        object.put("isUsed", !attempts.isEmpty());
        object.put("usedAt", attempts.isEmpty() ? null : attempts.get(0).created().getEpochSecond());
        object.put("isConfirmVisited", firstVisit.isPresent());
        object.put("confirmVisitedAt", firstVisit.map(Instant::getEpochSecond).orElse(null));
        object.put("notificationUrl", orEmpty(payment.notificationUrl()));
        List<Map<String, Object>> transactions = new ArrayList<>();
        for (Transaction attempt : attempts) {
            transactions.add(TransactionWireFormat.transaction(attempt));
        }
        object.put("transactions", transactions);
        return object;
    }

    private static Map<String, Object> customer(Customer customer) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("firstName", orEmpty(customer.firstName()));
        object.put("lastName", orEmpty(customer.lastName()));
        object.put("email", orEmpty(customer.email()));
        object.put("phone", orEmpty(customer.phone()));
        return object;
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
