package pl.bramka.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/** An amount in minor units (grosze, cents) with its ISO 4217 currency. Never floating point. */
public record Money(long minor, String currency) {

    /** The currencies imoje accepts (BGN left on 2026-01-01, when Bulgaria adopted the euro). */
    public static final Set<String> CURRENCIES = Set.of("PLN", "EUR", "USD", "GBP", "CHF", "SEK", "HUF", "CZK",
            "RON");

    /**
     * The minor-unit digits (ISO 4217 exponent) every supported currency has, for amounts typed before a currency is
     * chosen, such as the transaction list's amount filter. Adding a currency with another exponent stops the
     * application at start-up, so such a filter is taught per-currency amounts first.
     */
    public static final int COMMON_FRACTION_DIGITS = commonFractionDigits();

    /** The largest amount of one transaction, in minor units. */
    public static final long MAX_MINOR = 999_999_999L;

    public Money {
        if (!CURRENCIES.contains(currency)) {
            throw new IllegalArgumentException("Unsupported currency " + currency);
        }
    }

    /**
     * Reads an amount typed by a person ("1 234,56", "1234.5", "12"): empty when it is not a positive amount with at
     * most the currency's decimals, or above {@link #MAX_MINOR}.
     */
    public static Optional<Money> parse(String typed, String currency) {
        if (!CURRENCIES.contains(currency)) {
            return Optional.empty();
        }
        return parseMinor(typed, fractionDigits(currency)).map(minor -> new Money(minor, currency));
    }

    /**
     * As {@link #parse}, for a currency known only by its number of minor-unit digits: the amount in minor units, or
     * empty.
     */
    public static Optional<Long> parseMinor(String typed, int fractionDigits) {
        if (typed == null) {
            return Optional.empty();
        }
        String normalized = typed.replaceAll("[\\s\u00a0]", "").replace(',', '.');
        if (!normalized.matches("\\d{1,10}(\\.\\d{1,9})?")) {
            return Optional.empty();
        }
        BigDecimal amount = new BigDecimal(normalized);
        if (amount.scale() > fractionDigits) {
            return Optional.empty();
        }
        long minor = amount.movePointRight(fractionDigits).longValueExact();
        return minor > 0 && minor <= MAX_MINOR ? Optional.of(minor) : Optional.empty();
    }

    /** How many digits the currency's minor unit has (ISO 4217, as {@link Currency} knows it): 2 for złoty. */
    public static int fractionDigits(String currency) {
        return Currency.getInstance(currency).getDefaultFractionDigits();
    }

    /** The amount as the locale writes it, e.g. "1 234,56 zł" in Polish and "PLN 1,234.56" in English. */
    public String format(Locale locale) {
        return formatter(currency, locale).apply(minor);
    }

    /**
     * Writes amounts in minor units of one currency as {@link #format} does, for pages that show many: building the
     * locale's number format costs far more than using it. Not for use by two threads at once.
     */
    public static LongFunction<String> formatter(String currency, Locale locale) {
        int digits = fractionDigits(currency);
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance(currency));
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return minor -> {
            String text = format.format(BigDecimal.valueOf(minor, digits));
            // Locales that print the ISO code ("PLN1,234.56") get the space a reader expects.
            return text.startsWith(currency) && text.length() > 3 && Character.isDigit(text.charAt(3))
                    ? currency + "\u00a0" + text.substring(3) : text;
        };
    }

    /** {@code percentBp} hundredths of a percent of this amount, rounded half up to the minor unit. */
    public long percentOf(int percentBp) {
        return BigDecimal.valueOf(minor).multiply(BigDecimal.valueOf(percentBp))
                .divide(BigDecimal.valueOf(10_000), 0, RoundingMode.HALF_UP).longValueExact();
    }

    private static int commonFractionDigits() {
        Set<Integer> digits = CURRENCIES.stream().map(Money::fractionDigits).collect(Collectors.toSet());
        if (digits.size() != 1) {
            throw new IllegalStateException("Supported currencies differ in minor-unit digits: " + digits);
        }
        return digits.iterator().next();
    }
}
