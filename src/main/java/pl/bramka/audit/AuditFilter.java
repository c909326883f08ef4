package pl.bramka.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;
import pl.bramka.shared.DayRange;

/**
 * The page's filters, all GET parameters so a filtered view can be bookmarked: the user who acted, the kind, and a
 * range of Warsaw days; {@code before} is the keyset of the next page (entries with a lower number). A parameter
 * that does not parse is ignored rather than refused, and the form shows it cleared.
 */
record AuditFilter(@Nullable UUID user, @Nullable AuditKind kind, @Nullable LocalDate from, @Nullable LocalDate to,
        @Nullable Long before) {

    static AuditFilter parse(@Nullable String user, @Nullable String kind, @Nullable String from, @Nullable String to,
            @Nullable String before) {
        return new AuditFilter(uuid(user), kind(kind), DayRange.parseDay(from).orElse(null),
                DayRange.parseDay(to).orElse(null), before == null || !before.matches("\\d{1,18}") ? null
                        : Long.parseLong(before));
    }

    @Nullable Instant start() {
        return from == null ? null : DayRange.startOf(from);
    }

    @Nullable Instant end() {
        return to == null ? null : DayRange.endOf(to);
    }

    AuditFilter before(long seq) {
        return new AuditFilter(user, kind, from, to, seq);
    }

    /** The query string of these filters, for the next page and the CSV link. */
    String query() {
        UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
        Optional.ofNullable(user).ifPresent(value -> uri.queryParam("user", value));
        Optional.ofNullable(kind).ifPresent(value -> uri.queryParam("kind", value.name()));
        Optional.ofNullable(from).ifPresent(value -> uri.queryParam("from", value));
        Optional.ofNullable(to).ifPresent(value -> uri.queryParam("to", value));
        Optional.ofNullable(before).ifPresent(value -> uri.queryParam("before", value));
        return uri.build().encode().toUriString();
    }

    private static @Nullable UUID uuid(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    private static @Nullable AuditKind kind(@Nullable String value) {
        return Arrays.stream(AuditKind.values()).filter(kind -> kind.name().equals(value)).findFirst().orElse(null);
    }
}
