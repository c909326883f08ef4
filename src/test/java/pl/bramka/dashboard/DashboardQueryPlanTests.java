package pl.bramka.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.bramka.IntegrationTest;
import pl.bramka.QueryPlan;
import pl.bramka.shared.DayRange;

/**
 * The dashboard reads the rollup through its primary key, one merchant's days at a time, never the whole table:
 * checked on a rollup of 300 merchants with a year of days each, plus the merchant under test.
 */
class DashboardQueryPlanTests extends IntegrationTest {

    private final UUID merchantId = UUID.randomUUID();
    private final UUID seededShop = UUID.randomUUID();
    private final LocalDate today = LocalDate.now(DayRange.WARSAW);

    @BeforeEach
    void seedRollup() {
        jdbc.sql("""
                insert into daily_turnover (merchant_id, day, service_id, currency, slot, sales_count, sales_amount,
                    refunds_count, refunds_amount)
                select merchant, current_date - days, ?, currency, slot, 3, 3000 + days, 1, 100
                from (select gen_random_uuid() as merchant from generate_series(1, 300)
                      union all select ?) merchants
                cross join generate_series(0, 364) days
                cross join (values ('PLN'), ('EUR')) currencies (currency)
                cross join generate_series(0, 1) slot""").params(seededShop, merchantId).update();
        jdbc.sql("analyze daily_turnover").update();
    }

    @AfterEach
    void removeRollup() {
        jdbc.sql("delete from daily_turnover where service_id = ?").param(seededShop).update();
    }

    @Test
    void turnoverPerCurrencyReadsOneMerchantsDaysByThePrimaryKey() {
        QueryPlan plan = QueryPlan.of(jdbc, DailyTurnover.PER_CURRENCY, merchantId,
                Date.valueOf(today.minusDays(29)), Date.valueOf(today));

        assertThat(plan.scansSequentially("daily_turnover")).as("%s", plan).isFalse();
        assertThat(plan.usesIndex("daily_turnover_pkey")).as("%s", plan).isTrue();
    }

    @Test
    void theChartsDaysOfAYearReadOneMerchantByThePrimaryKey() {
        QueryPlan plan = QueryPlan.of(jdbc, DailyTurnover.PER_DAY, merchantId, Date.valueOf(today.minusDays(365)),
                Date.valueOf(today), "PLN");

        assertThat(plan.scansSequentially("daily_turnover")).as("%s", plan).isFalse();
        assertThat(plan.usesIndex("daily_turnover_pkey")).as("%s", plan).isTrue();
    }
}
