package pl.bramka.transaction;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** The date presets of the list: whole days in Warsaw time, turned into a UTC range [from, to). */
enum DateRange {
    TODAY("today"),
    LAST_7_DAYS("7d"),
    LAST_30_DAYS("30d"),
    THIS_MONTH("thisMonth"),
    LAST_MONTH("lastMonth"),
    CUSTOM("custom");

    static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    private final String parameter;

    DateRange(String parameter) {
        this.parameter = parameter;
    }

    /** The value in addresses, e.g. {@code ?range=7d}. */
    public String parameter() {
        return parameter;
    }

    static Optional<DateRange> ofParameter(String value) {
        return Arrays.stream(values()).filter(range -> range.parameter.equals(value)).findFirst();
    }

    /** The first day and the day after the last; for CUSTOM the days given (either may be open). */
    Days days(Clock clock, @Nullable LocalDate customFrom, @Nullable LocalDate customTo) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), WARSAW);
        return switch (this) {
            case TODAY -> new Days(today, today.plusDays(1));
            case LAST_7_DAYS -> new Days(today.minusDays(6), today.plusDays(1));
            case LAST_30_DAYS -> new Days(today.minusDays(29), today.plusDays(1));
            case THIS_MONTH -> new Days(today.withDayOfMonth(1), today.plusDays(1));
            case LAST_MONTH -> new Days(today.withDayOfMonth(1).minusMonths(1), today.withDayOfMonth(1));
            case CUSTOM -> new Days(customFrom, customTo == null ? null : customTo.plusDays(1));
        };
    }

    /** Days in Warsaw, {@code until} exclusive; null is open. */
    record Days(@Nullable LocalDate from, @Nullable LocalDate until) {

        @Nullable
        Instant fromInstant() {
            return from == null ? null : from.atStartOfDay(WARSAW).toInstant();
        }

        @Nullable
        Instant untilInstant() {
            return until == null ? null : until.atStartOfDay(WARSAW).toInstant();
        }
    }
}
