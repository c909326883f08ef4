package pl.bramka.dashboard;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import pl.bramka.shared.DayRange;

/** The daily_turnover table: written by {@link TurnoverRollup}, read by the dashboard, always by merchant. */
@Repository
class DailyTurnover {

    static final String PER_CURRENCY = """
            select currency, sum(sales_amount) - sum(refunds_amount) as turnover, sum(sales_count) as sales,
                sum(refunds_count) as refunds
            from daily_turnover
            where merchant_id = ? and day between ? and ?
            group by currency order by currency""";

    static final String PER_DAY = """
            select day, sum(sales_amount) - sum(refunds_amount) as turnover, sum(sales_count) as sales,
                sum(refunds_count) as refunds
            from daily_turnover
            where merchant_id = ? and day between ? and ? and currency = ?
            group by day order by day""";

    private final JdbcClient jdbc;

    DailyTurnover(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(UUID merchantId, LocalDate day, UUID serviceId, String currency, int slot, boolean sale, long amount) {
        jdbc.sql("""
                insert into daily_turnover (merchant_id, day, service_id, currency, slot, sales_count, sales_amount,
                    refunds_count, refunds_amount)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (merchant_id, day, service_id, currency, slot) do update set
                    sales_count = daily_turnover.sales_count + excluded.sales_count,
                    sales_amount = daily_turnover.sales_amount + excluded.sales_amount,
                    refunds_count = daily_turnover.refunds_count + excluded.refunds_count,
                    refunds_amount = daily_turnover.refunds_amount + excluded.refunds_amount""")
                .params(merchantId, Date.valueOf(day), serviceId, currency, slot, sale ? 1 : 0, sale ? amount : 0,
                        sale ? 0 : 1, sale ? 0 : amount)
                .update();
    }

    /** Turnover per currency over the range, in currency order. */
    List<CurrencyTurnover> perCurrency(UUID merchantId, DayRange range) {
        return jdbc.sql(PER_CURRENCY).params(merchantId, Date.valueOf(range.first()), Date.valueOf(range.last()))
                .query((rs, row) -> new CurrencyTurnover(rs.getString("currency"), rs.getLong("turnover"),
                        rs.getLong("sales"), rs.getLong("refunds")))
                .list();
    }

    /** One currency's figures per day over the range; days without a settlement are absent. */
    List<DayTurnover> perDay(UUID merchantId, String currency, DayRange range) {
        return jdbc.sql(PER_DAY).params(merchantId, Date.valueOf(range.first()), Date.valueOf(range.last()), currency)
                .query((rs, row) -> new DayTurnover(rs.getDate("day").toLocalDate(), rs.getLong("turnover"),
                        rs.getLong("sales"), rs.getLong("refunds")))
                .list();
    }
}
