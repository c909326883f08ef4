package pl.bramka.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * Whole Warsaw days from {@code first} to {@code last}, both included; as instants the UTC range [{@link #start()},
 * {@link #end()}).
 */
public record DayRange(LocalDate first, LocalDate last) {

    /** The panel counts days as a merchant in Poland sees them. */
    public static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    public DayRange {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (first.isAfter(last)) {
            throw new IllegalArgumentException("The first day " + first + " is after the last " + last);
        }
    }

    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    /**
     * A day typed as {@code YYYY-MM-DD}, if it is a real day of the years 2000–2999: anything else is a slip, and
     * PostgreSQL has no year 0 or the years {@link LocalDate} can go to.
     */
    public static Optional<LocalDate> parseDay(@Nullable String typed) {
        if (typed == null || !typed.strip().matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(typed.strip()))
                    .filter(day -> !day.isBefore(EARLIEST) && !day.isAfter(LATEST));
        }
        catch (DateTimeParseException notADay) {
            return Optional.empty();
        }
    }

    /** The Warsaw day the clock shows now. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), WARSAW);
    }

    /** The instant a Warsaw day begins. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(WARSAW).toInstant();
    }

    /** The instant a Warsaw day is over: the next day's start. */
    public static Instant endOf(LocalDate day) {
        return startOf(day.plusDays(1));
    }

    public Instant start() {
        return startOf(first);
    }

    /** Exclusive. */
    public Instant end() {
        return endOf(last);
    }

    public long days() {
        return ChronoUnit.DAYS.between(first, last) + 1;
    }

    public List<LocalDate> eachDay() {
        return Stream.iterate(first, day -> !day.isAfter(last), day -> day.plusDays(1)).toList();
    }
}
