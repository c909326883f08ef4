package pl.bramka.report;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;

import pl.bramka.shared.DayRange;

/**
 * A CSV row's time, to the second, as {@code yyyy-MM-dd HH:mm:ss} in Warsaw or {@code yyyy-MM-dd'T'HH:mm:ss'Z'} in
 * UTC: the digits written straight into one buffer, because a formatter per row costs more than the rest of the row.
 */
final class CsvTimes {

    private final ZoneRules zone;
    private final char separator;
    private final String suffix;
    private final StringBuilder text = new StringBuilder(20);

    private CsvTimes(ZoneRules zone, char separator, String suffix) {
        this.zone = zone;
        this.separator = separator;
        this.suffix = suffix;
    }

    static CsvTimes warsaw() {
        return new CsvTimes(DayRange.WARSAW.getRules(), ' ', "");
    }

    static CsvTimes utc() {
        return new CsvTimes(ZoneOffset.UTC.getRules(), 'T', "Z");
    }

    String format(Instant instant) {
        LocalDateTime local = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, zone.getOffset(instant));
        text.setLength(0);
        text.append(local.getYear()).append('-');
        twoDigits(local.getMonthValue()).append('-');
        twoDigits(local.getDayOfMonth()).append(separator);
        twoDigits(local.getHour()).append(':');
        twoDigits(local.getMinute()).append(':');
        twoDigits(local.getSecond()).append(suffix);
        return text.toString();
    }

    private StringBuilder twoDigits(int value) {
        return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
