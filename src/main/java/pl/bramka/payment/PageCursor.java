package pl.bramka.payment;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import pl.bramka.shared.Ids;

/**
 * Where a page of a keyset-paginated list starts: the sort key of a row as the database holds it (microseconds), made
 * opaque for addresses. {@code older} continues after the row, newest first; otherwise it continues before it.
 */
public record PageCursor(boolean older, Instant at, String key) {

    private static final Pattern TEXT = Pattern.compile("([on]):(-?\\d{1,19}):(.*)", Pattern.DOTALL);

    public String encode() {
        String text = (older ? "o" : "n") + ":" + ChronoUnit.MICROS.between(Instant.EPOCH, at) + ":" + key;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor in an address; empty when it was not made by {@link #encode()} (the list then starts at the top). */
    public static Optional<PageCursor> decode(String encoded) {
        if (encoded == null || encoded.isBlank() || encoded.length() > 600) {
            return Optional.empty();
        }
        try {
            Matcher parts = TEXT.matcher(new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8));
            if (!parts.matches()) {
                return Optional.empty();
            }
            Instant at = Instant.EPOCH.plus(Long.parseLong(parts.group(2)), ChronoUnit.MICROS);
            return Optional.of(new PageCursor(parts.group(1).equals("o"), at, parts.group(3)));
        } catch (IllegalArgumentException | ArithmeticException | java.time.DateTimeException notACursor) {
            return Optional.empty();
        }
    }

    /** The key as a UUID, for lists whose rows are keyed by one. */
    Optional<java.util.UUID> uuidKey() {
        return Ids.uuid(key);
    }
}
