package pl.bramka.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The range the address asks for: a preset, or custom days typed as {@code yyyy-MM-dd}. Reading it gives the days or
 * the message key of what is wrong, and the field it concerns.
 */
record RangeRequest(@Nullable String range, @Nullable String from, @Nullable String to) {

    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    record Problem(String field, String messageKey) {
    }

    sealed interface Outcome {
    }

    record Valid(RangePreset preset, DateRange days) implements Outcome {
    }

    record Invalid(RangePreset preset, Problem problem) implements Outcome {
    }

    Outcome read(LocalDate today) {
        RangePreset preset = range == null || range.isBlank() ? presetOfDays()
                : RangePreset.ofParameter(range).orElse(null);
        if (preset == null) {
            return new Invalid(RangePreset.DEFAULT, new Problem("range", "dashboard.range.error.unknown"));
        }
        if (preset != RangePreset.CUSTOM) {
            return new Valid(preset, preset.on(today));
        }
        Optional<LocalDate> start = day(from);
        Optional<LocalDate> end = day(to);
        if (start.isEmpty()) {
            return new Invalid(preset, new Problem("from", "dashboard.range.error.from"));
        }
        if (end.isEmpty()) {
            return new Invalid(preset, new Problem("to", "dashboard.range.error.to"));
        }
        if (start.get().isAfter(end.get())) {
            return new Invalid(preset, new Problem("to", "dashboard.range.error.order"));
        }
        DateRange days = new DateRange(start.get(), end.get());
        if (days.days() > DateRange.MAX_DAYS) {
            return new Invalid(preset, new Problem("to", "dashboard.range.error.length"));
        }
        return new Valid(preset, days);
    }

    /** Days typed without choosing a preset mean a custom range. */
    private RangePreset presetOfDays() {
        return from != null || to != null ? RangePreset.CUSTOM : RangePreset.DEFAULT;
    }

    /** A real day from {@link #EARLIEST} to {@link #LATEST}; anything else is a slip (year 0 is no PostgreSQL date). */
    private static Optional<LocalDate> day(@Nullable String typed) {
        if (typed == null || !typed.strip().matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(typed.strip()))
                    .filter(day -> !day.isBefore(EARLIEST) && !day.isAfter(LATEST));
        } catch (DateTimeParseException invalidDay) {
            return Optional.empty();
        }
    }
}
