package pl.bramka.refund;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A refund of at least the merchant's threshold, waiting for (or past) a second person's decision. */
record RefundRequest(UUID id, UUID merchantId, UUID saleId, long amount, String currency, String title,
        Status status, UUID requestedBy, Instant requestedAt, @Nullable UUID decidedBy, @Nullable Instant decidedAt,
        @Nullable UUID refundId, @Nullable String failure) {

    enum Status {
        PENDING, APPROVED, REJECTED, FAILED
    }
}
