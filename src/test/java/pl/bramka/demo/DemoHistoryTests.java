package pl.bramka.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import pl.bramka.Fixtures.TestShop;
import pl.bramka.IntegrationTest;
import pl.bramka.payout.PayoutDesk;
import pl.bramka.shared.DayRange;

/**
 * The demo shop's history: the same on every start, every transaction settled with its commission, the dashboard's
 * rollup equal to the transactions, and every ended day paid out with exactly its transactions, yesterday too,
 * although the run at start settled yesterday before the history existed.
 */
class DemoHistoryTests extends IntegrationTest {

    private static final int DAYS = 90;

    @Autowired
    DemoHistory history;

    @Autowired
    PayoutDesk payouts;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void threeMonthsOfHistoryAreTheSameEveryTimeAgreeWithTheRollupAndArePaidOut() {
        LocalDate today = LocalDate.now(clock.withZone(DayRange.WARSAW));
        TestShop first = fixtures.shopOf(fixtures.merchantWithAllRoles());
        TestShop second = fixtures.shopOf(fixtures.merchantWithAllRoles());

        int written = transactions.execute(status -> history.write(first.merchantId(), first.serviceId(), today, DAYS,
                today, () -> { }));
        transactions.execute(status -> history.write(second.merchantId(), second.serviceId(), today, DAYS, today,
                () -> { }));
        payouts.settleHistoryOf(first.merchantId());

        assertThat(written).isGreaterThan(DAYS * 2);
        assertThat(amounts(first)).as("deterministic").isEqualTo(amounts(second)).hasSize(written);
        assertThat(jdbc.sql("""
                select count(*) from payment_transaction where merchant_id = ?
                and (status <> 'settled' or (type = 'sale' and commission is null))""")
                .param(first.merchantId()).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("""
                select string_agg(coalesce(c.from_status, '-') || '>' || c.to_status, ' ' order by c.id)
                from payment_transaction t join transaction_status_change c on c.transaction_id = t.id
                where t.merchant_id = ? group by t.id, t.type order by t.type, t.id""")
                .param(first.merchantId()).query(String.class).list()).as("each through the state machine")
                .containsOnly("->new new>pending pending>settled", "->new new>settled");
        assertThat(jdbc.sql("""
                select currency, sum(sales_amount - refunds_amount) from daily_turnover where merchant_id = ?
                group by currency order by currency""").param(first.merchantId()).query().listOfRows())
                .isEqualTo(jdbc.sql("""
                        select currency, sum(case type when 'sale' then amount else -amount end)
                        from payment_transaction where merchant_id = ? and status = 'settled'
                        group by currency order by currency""")
                        .param(first.merchantId()).query().listOfRows());
        assertThat(jdbc.sql("""
                select count(*) from payment_transaction t left join payout_item i on i.transaction_id = t.id
                left join payout p on p.id = i.payout_id
                where t.merchant_id = ? and t.created_at < ?
                and (p.period is null or p.period <> (i.occurred_at at time zone 'Europe/Warsaw')::date)""")
                .params(first.merchantId(), Timestamp.from(DayRange.startOf(today)))
                .query(Integer.class).single()).as("every past day, yesterday too, in the payout of its day").isZero();
        assertThat(jdbc.sql("""
                select count(*) from payout p where p.merchant_id = ? and p.amount <> (
                    select sum(i.amount - i.commission) from payout_item i where i.payout_id = p.id)""")
                .param(first.merchantId()).query(Integer.class).single()).as("payouts equal their items").isZero();
    }

    private List<Map<String, Object>> amounts(TestShop shop) {
        return jdbc.sql("""
                select type, amount, currency, payment_method_code, commission,
                       (created_at at time zone 'Europe/Warsaw')::date as day
                from payment_transaction where merchant_id = ? order by created_at, type""")
                .param(shop.merchantId()).query().listOfRows();
    }
}
