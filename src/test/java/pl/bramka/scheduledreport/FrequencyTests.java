package pl.bramka.scheduledreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import pl.bramka.shared.DayRange;

class FrequencyTests {

    private static Frequency daily(String time) {
        return new Frequency(Frequency.Kind.DAILY, LocalTime.parse(time), Set.of(), 0, 0, null);
    }

    private static List<Instant> dueTimes(Frequency frequency, String fromLocal, int count) {
        List<Instant> due = new ArrayList<>();
        Instant after = ZonedDateTime.of(LocalDateTime.parse(fromLocal), DayRange.WARSAW).toInstant();
        for (int i = 0; i < count; i++) {
            after = frequency.nextAfter(after);
            due.add(after);
        }
        return due;
    }

    @Test
    void aRunAtHalfPastTwoHappensOnceOnTheSpringForwardDayJustAfterTheGap() {
        assertThat(dueTimes(daily("02:30"), "2027-03-27T12:00", 3)).containsExactly(
                Instant.parse("2027-03-28T01:30:00Z"), Instant.parse("2027-03-29T00:30:00Z"),
                Instant.parse("2027-03-30T00:30:00Z"));
    }

    @Test
    void aRunAtHalfPastTwoHappensOnceOnTheFallBackDay() {
        assertThat(dueTimes(daily("02:30"), "2027-10-30T12:00", 3)).containsExactly(
                Instant.parse("2027-10-31T00:30:00Z"), Instant.parse("2027-11-01T01:30:00Z"),
                Instant.parse("2027-11-02T01:30:00Z"));
    }

    @Test
    void weeklyRunsOnTheChosenWeekdaysOnly() {
        Frequency frequency = new Frequency(Frequency.Kind.WEEKLY, LocalTime.of(7, 0),
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), 0, 0, null);
        assertThat(dueTimes(frequency, "2027-01-01T00:00", 3)).extracting(due -> LocalDate.ofInstant(due,
                DayRange.WARSAW)).containsExactly(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 7),
                LocalDate.of(2027, 1, 11));
    }

    @Test
    void monthlyOnTheLastDayAndOnADayThatSomeMonthsLack() {
        Frequency last = new Frequency(Frequency.Kind.MONTHLY, LocalTime.of(6, 0), Set.of(), 0, 0, null);
        assertThat(dueTimes(last, "2027-01-31T07:00", 2)).extracting(due -> LocalDate.ofInstant(due,
                DayRange.WARSAW)).containsExactly(LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 31));
        Frequency thirtyFirst = new Frequency(Frequency.Kind.MONTHLY, LocalTime.of(6, 0), Set.of(), 31, 0, null);
        assertThat(dueTimes(thirtyFirst, "2027-03-31T07:00", 2)).extracting(due -> LocalDate.ofInstant(due,
                DayRange.WARSAW)).containsExactly(LocalDate.of(2027, 4, 30), LocalDate.of(2027, 5, 31));
    }

    @Test
    void everyNDaysCountsFromItsFirstDay() {
        Frequency frequency = new Frequency(Frequency.Kind.EVERY_DAYS, LocalTime.of(6, 0), Set.of(), 0, 10,
                LocalDate.of(2027, 1, 5));
        assertThat(dueTimes(frequency, "2027-01-01T00:00", 3)).extracting(due -> LocalDate.ofInstant(due,
                DayRange.WARSAW)).containsExactly(LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 15),
                LocalDate.of(2027, 1, 25));
    }

    @Test
    void everyNDaysMayStartYearsAhead() {
        Frequency frequency = new Frequency(Frequency.Kind.EVERY_DAYS, LocalTime.of(6, 0), Set.of(), 0, 366,
                LocalDate.of(2031, 2, 1));
        assertThat(dueTimes(frequency, "2027-01-01T00:00", 2)).extracting(due -> LocalDate.ofInstant(due,
                DayRange.WARSAW)).containsExactly(LocalDate.of(2031, 2, 1), LocalDate.of(2032, 2, 2));
    }

    @Test
    void eachPeriodIsTheClosedRangeBeforeTheDueDay() {
        Instant due = ZonedDateTime.of(2027, 3, 3, 6, 0, 0, 0, DayRange.WARSAW).toInstant();
        assertThat(Period.DAY.before(due, 0)).isEqualTo(new DayRange(LocalDate.of(2027, 3, 2),
                LocalDate.of(2027, 3, 2)));
        assertThat(Period.WEEK.before(due, 0)).isEqualTo(new DayRange(LocalDate.of(2027, 2, 22),
                LocalDate.of(2027, 2, 28)));
        assertThat(Period.MONTH.before(due, 0)).isEqualTo(new DayRange(LocalDate.of(2027, 2, 1),
                LocalDate.of(2027, 2, 28)));
        assertThat(Period.DAYS.before(due, 7)).isEqualTo(new DayRange(LocalDate.of(2027, 2, 24),
                LocalDate.of(2027, 3, 2)));
    }
}
