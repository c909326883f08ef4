package pl.bramka.scheduledreport;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import pl.bramka.shared.DayRange;

/**
 * When a schedule runs, in Europe/Warsaw: daily at a time, on some weekdays, monthly on a day (0 = the last day), or
 * every N days from a day. A time that does not exist on a spring-forward day is taken as the first instant after
 * the gap, and a time that happens twice on a fall-back day as its first occurrence, so each day has one due time.
 */
record Frequency(Kind kind, LocalTime time, Set<DayOfWeek> weekdays, int dayOfMonth, int everyDays,
        @Nullable LocalDate startDay) {

    enum Kind {
        DAILY, WEEKLY, MONTHLY, EVERY_DAYS
    }

    /** Far enough for any frequency the form accepts (every 366 days at most). */
    private static final int SEARCHED_DAYS = 800;

    /** The first due time strictly after the given instant. */
    Instant nextAfter(Instant after) {
        LocalDate day = LocalDate.ofInstant(after, DayRange.WARSAW);
        if (kind == Kind.EVERY_DAYS && startDay != null && startDay.isAfter(day)) {
            day = startDay;
        }
        for (int searched = 0; searched < SEARCHED_DAYS; searched++, day = day.plusDays(1)) {
            if (runsOn(day)) {
                Instant due = ZonedDateTime.of(day, time, DayRange.WARSAW).toInstant();
                if (due.isAfter(after)) {
                    return due;
                }
            }
        }
        throw new IllegalStateException("No due time within " + SEARCHED_DAYS + " days: " + this);
    }

    boolean runsOn(LocalDate day) {
        return switch (kind) {
            case DAILY -> true;
            case WEEKLY -> weekdays.contains(day.getDayOfWeek());
            case MONTHLY -> dayOfMonth == 0 ? day.getDayOfMonth() == day.lengthOfMonth()
                    : day.getDayOfMonth() == Math.min(dayOfMonth, day.lengthOfMonth());
            case EVERY_DAYS -> startDay != null && !day.isBefore(startDay)
                    && ChronoUnit.DAYS.between(startDay, day) % everyDays == 0;
        };
    }

    /** The weekdays as a bit mask (Monday the lowest bit), as stored. */
    int weekdayMask() {
        int mask = 0;
        for (DayOfWeek weekday : weekdays) {
            mask |= 1 << (weekday.getValue() - 1);
        }
        return mask;
    }

    static Set<DayOfWeek> weekdaysOf(int mask) {
        Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek weekday : DayOfWeek.values()) {
            if ((mask & 1 << (weekday.getValue() - 1)) != 0) {
                weekdays.add(weekday);
            }
        }
        return weekdays;
    }
}
