package pl.bramka.scheduledreport;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import pl.bramka.shared.DayRange;

/**
 * The closed range of days a run covers, before the day it is due (in Europe/Warsaw): the previous day, the previous
 * week (Monday to Sunday), the previous month, or the N days before.
 */
enum Period {
    DAY, WEEK, MONTH, DAYS;

    DayRange before(Instant due, int days) {
        LocalDate dueDay = LocalDate.ofInstant(due, DayRange.WARSAW);
        return switch (this) {
            case DAY -> new DayRange(dueDay.minusDays(1), dueDay.minusDays(1));
            case WEEK -> {
                LocalDate monday = dueDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
                yield new DayRange(monday, monday.plusDays(6));
            }
            case MONTH -> {
                LocalDate first = dueDay.withDayOfMonth(1).minusMonths(1);
                yield new DayRange(first, first.plusMonths(1).minusDays(1));
            }
            case DAYS -> new DayRange(dueDay.minusDays(days), dueDay.minusDays(1));
        };
    }
}
