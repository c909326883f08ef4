package pl.bramka.payout;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A keyset position in a payout list: the last payout of a page, written as {@code period_id} in links. */
record PayoutCursor(LocalDate period, UUID id) {

    static Optional<PayoutCursor> parse(@Nullable String typed) {
        if (typed == null || !typed.matches("\\d{4}-\\d{2}-\\d{2}_[0-9a-fA-F-]{36}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PayoutCursor(LocalDate.parse(typed.substring(0, 10)),
                    UUID.fromString(typed.substring(11))));
        } catch (DateTimeParseException | IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    static PayoutCursor after(Payout payout) {
        return new PayoutCursor(payout.period(), payout.id());
    }

    @Override
    public String toString() {
        return period + "_" + id;
    }
}
