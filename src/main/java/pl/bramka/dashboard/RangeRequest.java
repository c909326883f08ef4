package pl.bramka.dashboard;

import java.time.LocalDate;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import pl.bramka.shared.DayRange;
import pl.bramka.shared.DayRangePreset;

/**
 * The range the address asks for: a preset, or custom days typed as {@code yyyy-MM-dd}. Reading it gives the days or
 * the message key of what is wrong, and the field it concerns.
 */
record RangeRequest(@Nullable String range, @Nullable String from, @Nullable String to) {

    static final DayRangePreset DEFAULT_PRESET = DayRangePreset.LAST_30_DAYS;

    /** The longest range the dashboard shows: a year, leap day included. */
    static final int MAX_DAYS = 366;


    record Problem(String field, String messageKey) {
    }

    sealed interface Outcome {
    }

    record Valid(DayRangePreset preset, DayRange days) implements Outcome {
    }

    record Invalid(DayRangePreset preset, Problem problem) implements Outcome {
    }

    Outcome read(LocalDate today) {
        DayRangePreset preset = range == null || range.isBlank() ? presetOfDays()
                : DayRangePreset.ofParameter(range).orElse(null);
        if (preset == null) {
            return new Invalid(DEFAULT_PRESET, new Problem("range", "dashboard.range.error.unknown"));
        }
        if (preset != DayRangePreset.CUSTOM) {
            return new Valid(preset, preset.days(today));
        }
        Optional<LocalDate> start = DayRange.parseDay(from);
        Optional<LocalDate> end = DayRange.parseDay(to);
        if (start.isEmpty()) {
            return new Invalid(preset, new Problem("from", "dashboard.range.error.from"));
        }
        if (end.isEmpty()) {
            return new Invalid(preset, new Problem("to", "dashboard.range.error.to"));
        }
        if (start.get().isAfter(end.get())) {
            return new Invalid(preset, new Problem("to", "dashboard.range.error.order"));
        }
        DayRange days = new DayRange(start.get(), end.get());
        if (days.days() > MAX_DAYS) {
            return new Invalid(preset, new Problem("to", "dashboard.range.error.length"));
        }
        return new Valid(preset, days);
    }

    /** Days typed without choosing a preset mean a custom range. */
    private DayRangePreset presetOfDays() {
        return from != null || to != null ? DayRangePreset.CUSTOM : DEFAULT_PRESET;
    }
}
