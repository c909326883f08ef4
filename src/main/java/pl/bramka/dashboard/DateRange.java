package pl.bramka.dashboard;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;

/** Whole Warsaw days from {@code from} to {@code to}, both included. */
record DateRange(LocalDate from, LocalDate to) {

    static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    /** The longest range the dashboard shows: a year, leap day included. */
    static final int MAX_DAYS = 366;

    long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    List<LocalDate> eachDay() {
        return Stream.iterate(from, day -> !day.isAfter(to), day -> day.plusDays(1)).toList();
    }
}
