package pl.bramka.invoice;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A keyset position in the invoice list: the last invoice of a page, written as {@code epochMicros_id}. */
record InvoiceCursor(Instant createdAt, UUID id) {

    static Optional<InvoiceCursor> parse(@Nullable String typed) {
        if (typed == null || !typed.matches("\\d{1,19}_[0-9a-fA-F-]{36}")) {
            return Optional.empty();
        }
        try {
            long micros = Long.parseLong(typed.substring(0, typed.indexOf('_')));
            return Optional.of(new InvoiceCursor(Instant.EPOCH.plusNanos(Math.multiplyExact(micros, 1000L)),
                    UUID.fromString(typed.substring(typed.indexOf('_') + 1))));
        } catch (IllegalArgumentException | ArithmeticException malformed) {
            return Optional.empty();
        }
    }

    static InvoiceCursor after(Invoice invoice) {
        return new InvoiceCursor(invoice.createdAt(), invoice.id());
    }

    @Override
    public String toString() {
        long micros = createdAt.getEpochSecond() * 1_000_000 + createdAt.getNano() / 1000;
        return micros + "_" + id;
    }
}
