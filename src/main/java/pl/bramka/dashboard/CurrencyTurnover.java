package pl.bramka.dashboard;

import java.util.Locale;

import pl.bramka.shared.Money;

/** Settled sales minus settled refunds in one currency, with how many of each. */
record CurrencyTurnover(String currency, long turnover, long sales, long refunds) {

    public String turnoverText(Locale locale) {
        return new Money(turnover, currency).format(locale);
    }
}
