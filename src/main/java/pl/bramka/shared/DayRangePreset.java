package pl.bramka.shared;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/** The date ranges pages offer by name in the {@code range} parameter; {@link #CUSTOM} takes days the user typed. */
public enum DayRangePreset {
    TODAY("today"),
    LAST_7_DAYS("7d"),
    LAST_30_DAYS("30d"),
    THIS_MONTH("thisMonth"),
    LAST_MONTH("lastMonth"),
    CUSTOM("custom");

    private final String parameter;

    DayRangePreset(String parameter) {
        this.parameter = parameter;
    }

    /** The value in addresses, e.g. {@code ?range=7d}. */
    public String parameter() {
        return parameter;
    }

    public static Optional<DayRangePreset> ofParameter(String value) {
        return Arrays.stream(values()).filter(preset -> preset.parameter.equals(value)).findFirst();
    }

    /** The days of a preset as seen on {@code today}; a custom range has no days of its own. */
    public DayRange days(LocalDate today) {
        return switch (this) {
            case TODAY -> new DayRange(today, today);
            case LAST_7_DAYS -> new DayRange(today.minusDays(6), today);
            case LAST_30_DAYS -> new DayRange(today.minusDays(29), today);
            case THIS_MONTH -> new DayRange(today.withDayOfMonth(1), today);
            case LAST_MONTH -> new DayRange(today.minusMonths(1).withDayOfMonth(1), today.withDayOfMonth(1)
                    .minusDays(1));
            case CUSTOM -> throw new IllegalArgumentException("A custom range has no days of its own");
        };
    }
}
