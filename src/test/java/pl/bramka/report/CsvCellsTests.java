package pl.bramka.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import pl.bramka.shared.DayRange;

/**
 * The CSV's own writing of times and amounts gives the very characters the formatters it replaced gave (the files
 * must not change by a byte): checked on many values, the edges and the changes of Warsaw's clocks.
 */
class CsvCellsTests {

    private static final DateTimeFormatter WARSAW = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(DayRange.WARSAW);
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    @Test
    void timesAreWrittenAsTheFormattersWroteThem() {
        CsvTimes warsaw = CsvTimes.warsaw();
        CsvTimes utc = CsvTimes.utc();
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 100_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(946_684_800L, 4_102_444_800L),
                    random.nextInt(1_000_000_000));
            assertThat(warsaw.format(instant)).isEqualTo(WARSAW.format(instant));
            assertThat(utc.format(instant)).isEqualTo(UTC.format(instant));
        }
        for (String edge : new String[] {"2026-03-29T00:59:59.999999Z", "2026-03-29T01:00:00Z",
            "2026-10-25T00:59:59Z", "2026-10-25T01:00:00Z", "2026-12-31T23:00:00Z", "2000-01-01T00:00:00Z"}) {
            Instant instant = Instant.parse(edge);
            assertThat(warsaw.format(instant)).isEqualTo(WARSAW.format(instant));
            assertThat(utc.format(instant)).isEqualTo(UTC.format(instant));
        }
    }

    @Test
    void amountsAreWrittenAsBigDecimalWroteThem() {
        CsvAmounts comma = new CsvAmounts(',');
        CsvAmounts point = new CsvAmounts('.');
        SplittableRandom random = new SplittableRandom(11);
        long[] edges = {0, 1, -1, 9, -9, 10, 99, 100, -100, 101, 999, 1000, -1001, Long.MAX_VALUE, -Long.MAX_VALUE};
        for (String currency : new String[] {"PLN", "JPY", "KWD"}) {
            int digits = java.util.Currency.getInstance(currency).getDefaultFractionDigits();
            for (long minor : edges) {
                assertThat(point.format(minor, currency)).isEqualTo(plain(minor, digits));
                assertThat(comma.format(minor, currency)).isEqualTo(plain(minor, digits).replace('.', ','));
            }
            for (int i = 0; i < 20_000; i++) {
                long minor = random.nextLong(-10_000_000_000L, 10_000_000_000L) / (1L << random.nextInt(34));
                assertThat(point.format(minor, currency)).isEqualTo(plain(minor, digits));
            }
        }
    }

    private static String plain(long minor, int digits) {
        return BigDecimal.valueOf(minor, digits).toPlainString();
    }
}
