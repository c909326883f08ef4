package pl.bramka.link;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import pl.bramka.shared.Ids;

/**
 * Where a page of the link list (or of a link's payments) starts: the creation time (microseconds, as the database
 * holds it) and id of a row, made opaque for addresses; {@code older} continues after the row, otherwise before it.
 */
record LinkCursor(boolean older, Instant at, UUID id) {

    private static final Pattern TEXT = Pattern.compile("([on]):(\\d{1,19}):([0-9a-f-]{36})");

    static LinkCursor of(Link link, boolean older) {
        return new LinkCursor(older, link.created(), link.id());
    }

    /** Where the next older page of a link's payments starts: after this payment. */
    static LinkCursor ofPayment(LinkPayment payment) {
        return new LinkCursor(true, payment.listed(), payment.id());
    }

    String encode() {
        String text = (older ? "o" : "n") + ":" + ChronoUnit.MICROS.between(Instant.EPOCH, at) + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor in an address; empty when it is not one this list made (the list then starts at the top). */
    static Optional<LinkCursor> decode(String encoded) {
        if (encoded == null || encoded.isBlank() || encoded.length() > 100) {
            return Optional.empty();
        }
        try {
            Matcher parts = TEXT.matcher(new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8));
            if (!parts.matches()) {
                return Optional.empty();
            }
            Instant at = Instant.EPOCH.plus(Long.parseLong(parts.group(2)), ChronoUnit.MICROS);
            return Ids.uuid(parts.group(3)).map(id -> new LinkCursor(parts.group(1).equals("o"), at, id));
        } catch (IllegalArgumentException | ArithmeticException | java.time.DateTimeException notACursor) {
            return Optional.empty();
        }
    }
}
