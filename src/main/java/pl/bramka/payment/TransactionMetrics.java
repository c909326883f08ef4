package pl.bramka.payment;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Transactions (sales and refunds) by type, status and payment method, as the database counts them rather than from
 * this node's status changes, so every node reports the same numbers and a restart loses nothing. The counts are kept
 * by triggers in {@code transaction_count} (migration {@code V2026121021}), each database session adding to rows of its
 * own; a refresh folds those rows together and reads a few dozen rows, whatever the size of the table.
 */
@Component
class TransactionMetrics implements MeterBinder {

    private final JdbcClient jdbc;
    private volatile @Nullable MultiGauge gauge;

    TransactionMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge = MultiGauge.builder("bramka.transactions")
                .description("Transactions by type (sale, refund), status and payment method").register(registry);
    }

    @Scheduled(fixedDelayString = "${bramka.metrics.refresh-interval:15s}")
    void refresh() {
        MultiGauge transactionsGauge = gauge;
        if (transactionsGauge == null) {
            return;
        }
        foldSessionCounts();
        List<MultiGauge.Row<Number>> rows = jdbc.sql("""
                select type, status, payment_method, sum(count) as count from transaction_count
                group by type, status, payment_method having sum(count) <> 0""")
                .query((row, number) -> MultiGauge.Row.of(Tags.of("type", row.getString("type"),
                        "status", row.getString("status"), "method", row.getString("payment_method")),
                        row.getLong("count")))
                .list();
        transactionsGauge.register(rows, true);
    }

    /**
     * Moves the sessions' rows into shard 0 in one statement, skipping those a session holds in an open transaction
     * (never waiting for a sale), and drops the combinations that came to nothing.
     */
    private void foldSessionCounts() {
        jdbc.sql("""
                with folded as (
                    delete from transaction_count
                    where (type, status, payment_method, shard) in (
                        select type, status, payment_method, shard from transaction_count where shard <> 0
                        for update skip locked)
                    returning type, status, payment_method, count)
                insert into transaction_count as c (type, status, payment_method, shard, count)
                select type, status, payment_method, 0, sum(count) from folded
                group by type, status, payment_method order by type, status, payment_method
                on conflict (type, status, payment_method, shard) do update set count = c.count + excluded.count""")
                .update();
        jdbc.sql("delete from transaction_count where shard = 0 and count = 0").update();
    }
}
