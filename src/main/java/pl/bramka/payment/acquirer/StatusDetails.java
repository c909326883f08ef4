package pl.bramka.payment.acquirer;

import org.jspecify.annotations.Nullable;

/** What an acquirer reports with a status change; null fields leave the transaction's value as it was. */
public record StatusDetails(@Nullable String statusCode, @Nullable String statusCodeDescription,
        @Nullable String blikTransactionId) {

    public static StatusDetails none() {
        return new StatusDetails(null, null, null);
    }

    public static StatusDetails code(String statusCode, String description) {
        return new StatusDetails(statusCode, description, null);
    }
}
