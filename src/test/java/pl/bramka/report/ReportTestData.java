package pl.bramka.report;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import pl.bramka.MutableClock;
import pl.bramka.shared.DayRange;

/** Moving the test clock to a Warsaw day and time: report tests settle on their own days 1200–1299 days ahead. */
final class ReportTestData {

    private ReportTestData() {
    }

    static LocalDate day(int daysAhead) {
        return LocalDate.now(DayRange.WARSAW).plusDays(daysAhead);
    }

    static void moveTo(MutableClock clock, LocalDate day, LocalTime time) {
        clock.advance(Duration.between(clock.instant(), ZonedDateTime.of(day, time, DayRange.WARSAW).toInstant()));
    }
}
