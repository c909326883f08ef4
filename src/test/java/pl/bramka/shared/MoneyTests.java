package pl.bramka.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Currency;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class MoneyTests {

    @Test
    void typedAmountsBecomeMinorUnits() {
        assertThat(Money.parse("1 234,56", "PLN")).contains(new Money(123_456, "PLN"));
        assertThat(Money.parse("12.5", "EUR")).contains(new Money(1_250, "EUR"));
        assertThat(Money.parse("7", "PLN")).contains(new Money(700, "PLN"));
    }

    @Test
    void nonsenseZeroTooPreciseAndTooLargeAmountsAreRefused() {
        assertThat(Money.parse("abc", "PLN")).isEmpty();
        assertThat(Money.parse("0", "PLN")).isEmpty();
        assertThat(Money.parse("-5", "PLN")).isEmpty();
        assertThat(Money.parse("1,234", "PLN")).isEmpty();
        assertThat(Money.parse("10000000", "PLN")).isEmpty();
        assertThat(Money.parse("9999999,99", "PLN")).contains(new Money(Money.MAX_MINOR, "PLN"));
        assertThat(Money.parse("1", "XYZ")).isEmpty();
    }

    @Test
    void bulgarianLevIsNoLongerACurrencySinceBulgariaPaysInEuroFrom2026() {
        assertThat(Money.CURRENCIES).doesNotContain("BGN").contains("EUR");
        assertThat(Money.parse("10", "BGN")).isEmpty();
    }

    @Test
    void minorUnitsFollowTheCurrencysIso4217Exponent() {
        for (String currency : Money.CURRENCIES) {
            int digits = Currency.getInstance(currency).getDefaultFractionDigits();
            String oneMinorUnit = digits == 0 ? "1" : "0." + "0".repeat(digits - 1) + "1";
            assertThat(Money.parse(oneMinorUnit, currency)).as(currency).contains(new Money(1, currency));
            assertThat(Money.parse(oneMinorUnit + "1", currency)).as("%s has %d decimals", currency, digits).isEmpty();
        }
    }

    @Test
    void percentagesRoundHalfUpToTheMinorUnit() {
        assertThat(new Money(10_000, "PLN").percentOf(129)).isEqualTo(129);
        assertThat(new Money(50, "PLN").percentOf(129)).isEqualTo(1);
        assertThat(new Money(38, "PLN").percentOf(129)).isZero();
    }

    @Test
    void amountsAreWrittenTheLocalWay() {
        assertThat(new Money(123_456, "PLN").format(Locale.forLanguageTag("pl"))).isEqualTo("1\u00a0234,56\u00a0zł");
        assertThat(new Money(123_456, "PLN").format(Locale.ENGLISH)).isEqualTo("PLN\u00a01,234.56");
    }
}
