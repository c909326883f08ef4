package pl.bramka.dashboard;

import java.time.LocalDate;

/** One day's settled sales minus refunds in one currency, with how many of each. */
record DayTurnover(LocalDate day, long turnover, long sales, long refunds) {

    static DayTurnover none(LocalDate day) {
        return new DayTurnover(day, 0, 0, 0);
    }
}
