package pl.bramka.report;

import java.text.NumberFormat;
import java.util.Locale;

/** A file's size for people: bytes, kB, MB or GB (powers of 1000, as file managers show them), in their language. */
final class FileSizes {

    private static final String[] UNITS = {"B", "kB", "MB", "GB", "TB"};

    private FileSizes() {
    }

    static String format(long bytes, Locale locale) {
        double value = bytes;
        int unit = 0;
        while (value >= 1000 && unit < UNITS.length - 1) {
            value /= 1000;
            unit++;
        }
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(unit == 0 ? 0 : 1);
        return number.format(value) + " " + UNITS[unit];
    }
}
