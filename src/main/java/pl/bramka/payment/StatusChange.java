package pl.bramka.payment;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One entry of a transaction's timeline; {@code from} is null for the status it was created with. */
public record StatusChange(@Nullable TransactionStatus from, TransactionStatus to, String event,
        @Nullable String statusCode, Instant at) {
}
