package pl.bramka.report;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A position in booking order (time, then reference, then kind: a sale comes before its commission), written into
 * the address of the next page as {@code time~reference~kind}.
 */
record BookingCursor(Instant bookedAt, UUID reference, int kindOrder) {

    String value() {
        return bookedAt + "~" + reference + "~" + kindOrder;
    }

    /** The cursor an address carries; a damaged one is ignored and the list starts from its first page. */
    static Optional<BookingCursor> parse(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String[] parts = value.split("~");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BookingCursor(Instant.parse(parts[0]), UUID.fromString(parts[1]),
                    Integer.parseInt(parts[2])));
        } catch (DateTimeParseException | IllegalArgumentException damaged) {
            return Optional.empty();
        }
    }
}
