package pl.bramka.dashboard;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/** The ranges the dashboard offers as links; {@link #CUSTOM} takes its days from the form. */
enum RangePreset {
    TODAY("today"), LAST_7_DAYS("7d"), LAST_30_DAYS("30d"), THIS_MONTH("thisMonth"), LAST_MONTH("lastMonth"),
    CUSTOM("custom");

    static final RangePreset DEFAULT = LAST_30_DAYS;

    private final String parameter;

    RangePreset(String parameter) {
        this.parameter = parameter;
    }

    /** The value of the {@code range} parameter. */
    public String parameter() {
        return parameter;
    }

    static Optional<RangePreset> ofParameter(String value) {
        return Arrays.stream(values()).filter(preset -> preset.parameter.equals(value)).findFirst();
    }

    /** The days of a preset as seen on {@code today}; never called for {@link #CUSTOM}. */
    DateRange on(LocalDate today) {
        return switch (this) {
            case TODAY -> new DateRange(today, today);
            case LAST_7_DAYS -> new DateRange(today.minusDays(6), today);
            case LAST_30_DAYS -> new DateRange(today.minusDays(29), today);
            case THIS_MONTH -> new DateRange(today.withDayOfMonth(1), today);
            case LAST_MONTH -> new DateRange(today.minusMonths(1).withDayOfMonth(1), today.withDayOfMonth(1)
                    .minusDays(1));
            case CUSTOM -> throw new IllegalArgumentException("A custom range has no fixed days");
        };
    }
}
