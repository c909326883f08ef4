package pl.bramka.api;

import pl.bramka.integration.ApiClient;
import pl.bramka.shared.Money;

/**
 * A refund body (imoje-compat.md §1.4): {@code type} "refund", the token's {@code serviceId}, {@code amount}, and
 * optionally {@code title} and {@code sendRefundConfirmationEmail} (accepted, not acted on).
 */
record RefundRequest(long amount, String title) {

    static RefundRequest of(JsonBody body, ApiClient client) {
        BodyFields fields = BodyFields.of(body.json());
        String type = fields.text("type", true, 10);
        if (type != null && !type.equals("refund")) {
            fields.problem("type", "must be \"refund\"");
        }
        ServiceIds.ofBody(fields, client);
        Long amount = fields.integer("amount", true, 1, Money.MAX_MINOR);
        String title = fields.text("title", false, 255);
        fields.bool("sendRefundConfirmationEmail");
        fields.requireValid();
        return new RefundRequest(amount, title == null ? "" : title);
    }

    /** A can-refund body: only {@code amount}. */
    static long amountToCheck(JsonBody body) {
        BodyFields fields = BodyFields.of(body.json());
        Long amount = fields.integer("amount", true, 1, Money.MAX_MINOR);
        fields.requireValid();
        return amount;
    }
}
