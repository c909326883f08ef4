package pl.bramka.scheduledreport;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import pl.bramka.report.ReportGeneration;

/** A schedule as stored: what it makes, when, for which period, for whom; its owner gets word of failures. */
record ScheduledReport(UUID id, UUID merchantId, String name, ReportGeneration.Type type,
        ReportGeneration.Filters filters, Frequency frequency,
        Period period, int periodDays, List<String> recipients, UUID ownerId, boolean paused, Instant nextRunAt) {
}
