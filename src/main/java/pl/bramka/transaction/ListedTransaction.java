package pl.bramka.transaction;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import pl.bramka.payment.PanelStatus;
import pl.bramka.payment.TransactionType;

/** A transaction as a row of the panel's lists shows it, amounts already written in the reader's language. */
record ListedTransaction(UUID id, Instant created, String orderId, String title, String amount, PanelStatus status,
        TransactionType type, String method, String shopName, @Nullable String payerName,
        @Nullable String payerEmail) {
}
