package pl.bramka.scheduledreport;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.boot.test.context.TestComponent;
import pl.bramka.report.ReportGeneration;

/** Daily schedules whose due times were missed for some days, as after a stop of every node. */
@TestComponent
public class MissedDailyReports {

    private final ScheduledReports schedules;
    private final Clock clock;

    MissedDailyReports(ScheduledReports schedules, Clock clock) {
        this.schedules = schedules;
        this.clock = clock;
    }

    /** A daily transactions report to {@code recipient}, due every day of the last {@code days} and not made yet. */
    public UUID dueForTheLast(int days, UUID merchantId, UUID ownerId, String recipient) {
        Frequency frequency = new Frequency(Frequency.Kind.DAILY, LocalTime.of(6, 0), Set.of(), 0, 0, null);
        ScheduledReport schedule = new ScheduledReport(UUID.randomUUID(), merchantId, "Raport " + recipient,
                ReportGeneration.Type.TRANSACTIONS_CSV, ReportGeneration.Filters.NONE, frequency, Period.DAY, 0,
                List.of(recipient), ownerId, false,
                frequency.nextAfter(clock.instant().minus(Duration.ofDays(days))));
        schedules.insert(schedule, clock.instant());
        return schedule.id();
    }
}
