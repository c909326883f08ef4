package pl.bramka.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

import pl.bramka.shared.DayRange;
import pl.bramka.shared.Money;
import tools.jackson.databind.json.JsonMapper;

/**
 * One currency's figures for every day of a range, days without settlements included: the chart draws them from
 * {@link #json()} and the table beside it, its text alternative, lists the same {@link #days()}.
 */
record TurnoverChart(String currency, List<DayTurnover> days) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static TurnoverChart of(String currency, DayRange range, List<DayTurnover> settledDays) {
        Map<LocalDate, DayTurnover> byDay = settledDays.stream()
                .collect(Collectors.toMap(DayTurnover::day, Function.identity()));
        return new TurnoverChart(currency, range.eachDay().stream()
                .map(day -> byDay.getOrDefault(day, DayTurnover.none(day))).toList());
    }

    /** A row of the table beside the chart. */
    record Row(LocalDate day, long sales, long refunds, String turnover) {
    }

    /** The table's rows, every amount written with one number format (building one per row would dominate). */
    public List<Row> rows(Locale locale) {
        LongFunction<String> money = Money.formatter(currency, locale);
        return days.stream().map(day -> new Row(day.day(), day.sales(), day.refunds(), money.apply(day.turnover())))
                .toList();
    }

    /**
     * The chart's data for {@code <script type="application/json">}; amounts in major units, as the axis shows
     * them. Only dates, numbers and an ISO code go in, and {@code <} is escaped anyway, so the script element
     * cannot be closed early.
     */
    public String json() {
        int digits = Money.fractionDigits(currency);
        Map<String, Object> data = Map.of("currency", currency,
                "days", days.stream().map(day -> day.day().toString()).toList(),
                "sales", days.stream().map(DayTurnover::sales).toList(),
                "refunds", days.stream().map(DayTurnover::refunds).toList(),
                "turnover", days.stream().map(day -> BigDecimal.valueOf(day.turnover(), digits)).toList());
        return JSON.writeValueAsString(data).replace("<", "\\u003c");
    }
}
