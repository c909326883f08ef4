package pl.bramka.report;

import java.util.HashMap;
import java.util.Map;

import pl.bramka.shared.Money;

/**
 * A CSV cell's amount: minor units written in major units with the currency's digits and the dialect's decimal
 * separator, exactly as {@code BigDecimal.valueOf(minor, digits).toPlainString()} writes them, without a BigDecimal
 * per cell.
 */
final class CsvAmounts {

    private final char decimalSeparator;
    private final Map<String, Integer> fractionDigits = new HashMap<>();
    private final StringBuilder text = new StringBuilder(24);

    CsvAmounts(char decimalSeparator) {
        this.decimalSeparator = decimalSeparator;
    }

    String format(long minor, String currency) {
        int digits = fractionDigits.computeIfAbsent(currency, Money::fractionDigits);
        String unsigned = Long.toString(Math.abs(minor));
        int whole = unsigned.length() - digits;
        text.setLength(0);
        if (minor < 0) {
            text.append('-');
        }
        if (whole <= 0) {
            text.append('0');
        } else {
            text.append(unsigned, 0, whole);
        }
        if (digits > 0) {
            text.append(decimalSeparator);
            for (int zero = whole; zero < 0; zero++) {
                text.append('0');
            }
            text.append(unsigned, Math.max(0, whole), unsigned.length());
        }
        return text.toString();
    }
}
