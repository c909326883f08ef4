package pl.bramka.scheduledreport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One run of a schedule as its history shows it. */
record ScheduledRun(UUID id, UUID scheduleId, boolean manual, Instant dueAt, LocalDate periodFirst,
        LocalDate periodLast, String status, int attempts, @Nullable Long rows, @Nullable Long bytes,
        @Nullable Long durationMs, @Nullable String error, String recipients, @Nullable String delivery,
        @Nullable String fileName, boolean fileKept, Instant createdAt) {
}
