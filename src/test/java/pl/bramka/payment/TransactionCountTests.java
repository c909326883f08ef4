package pl.bramka.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.bramka.Fixtures.TestShop;
import pl.bramka.IntegrationTest;
import pl.bramka.SettledSales;

/**
 * The business metrics' transaction counts ({@code transaction_count}, kept by triggers) equal a count of the whole
 * table after every kind of change, concurrent ones and the metrics' folding included. Each comparison is one statement,
 * so both sides see the same snapshot while the application's own jobs keep changing transactions.
 */
class TransactionCountTests extends IntegrationTest {

    @Autowired
    SettledSales sales;

    @Autowired
    Refunds refunds;

    @Autowired
    TransactionMetrics metrics;

    @Test
    void theCountsEqualTheTableAfterSalesRefundsAndDeletions() {
        TestShop shop = fixtures.shopOf(fixtures.merchantWithAllRoles());
        Transaction sale = sales.settled(shop, 2_000);
        refunds.refund(sale, 500, "Zwrot", PaymentSource.API);
        assertThat(differences()).isEmpty();

        metrics.refresh();
        assertThat(differences()).isEmpty();
        assertThat(jdbc.sql("select count(*) from transaction_count where shard <> 0").query(Long.class).single())
                .as("the sessions' rows are folded into shard 0").isZero();

        jdbc.sql("""
                delete from transaction_status_change
                where transaction_id in (select id from payment_transaction where sale_id = ?)""")
                .param(sale.id()).update();
        jdbc.sql("delete from payment_transaction where sale_id = ?").param(sale.id()).update();
        assertThat(differences()).isEmpty();
    }

    @Test
    void concurrentSalesAreCountedExactly() throws Exception {
        TestShop shop = fixtures.shopOf(fixtures.merchantWithAllRoles());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Object>> work = IntStream.range(0, 40).mapToObj(i -> (Callable<Object>) () -> {
                if (i % 10 == 0) {
                    metrics.refresh();
                } else {
                    sales.settled(shop, 1_000 + i);
                }
                return null;
            }).toList();
            for (Future<Object> done : pool.invokeAll(work)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(differences()).isEmpty();
        metrics.refresh();
        assertThat(differences()).isEmpty();
    }

    /** The combinations whose kept count differs from the table's, as "type/status/method kept counted". */
    private List<String> differences() {
        return jdbc.sql("""
                with kept as (
                    select type, status, payment_method, sum(count) as count from transaction_count
                    group by type, status, payment_method),
                counted as (
                    select type, status, payment_method, count(*) as count from payment_transaction
                    group by type, status, payment_method)
                select coalesce(k.type, c.type) || '/' || coalesce(k.status, c.status) || '/'
                       || coalesce(k.payment_method, c.payment_method) || ' ' || coalesce(k.count, 0) || ' '
                       || coalesce(c.count, 0)
                from kept k full join counted c
                  on (k.type, k.status, k.payment_method) = (c.type, c.status, c.payment_method)
                where coalesce(k.count, 0) <> coalesce(c.count, 0)""").query(String.class).list();
    }
}
