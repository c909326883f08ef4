package pl.bramka.scheduledreport;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A schedule created, changed (its settings, paused, resumed, taken over) or deleted, for the audit log.
 *
 * @param change      what happened to it
 * @param description the schedule after the change (before it, for a deletion), as one line
 */
public record ScheduledReportChanged(UUID merchantId, UUID userId, UUID scheduleId, String name, Change change,
        @Nullable String description) {

    public enum Change {
        CREATED, CHANGED, PAUSED, RESUMED, TAKEN_OVER, DELETED
    }
}
