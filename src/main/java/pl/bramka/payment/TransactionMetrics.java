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
 * Transactions (sales and refunds) by type, status and payment method, counted in the database rather than from this
 * node's status changes, so every node reports the same numbers and a restart loses nothing. The count reads the whole
 * table, so it is refreshed every {@code bramka.metrics.refresh-interval}, not at every scrape.
 */
@Component
class TransactionMetrics implements MeterBinder {

    private final JdbcClient jdbc;
    private volatile @Nullable MultiGauge transactions;

    TransactionMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        transactions = MultiGauge.builder("bramka.transactions")
                .description("Transactions by type (sale, refund), status and payment method").register(registry);
    }

    @Scheduled(fixedDelayString = "${bramka.metrics.refresh-interval:15s}")
    void refresh() {
        MultiGauge gauge = transactions;
        if (gauge == null) {
            return;
        }
        List<MultiGauge.Row<Number>> rows = jdbc.sql("""
                select type, status, payment_method, count(*) as count from payment_transaction
                group by type, status, payment_method""")
                .query((row, number) -> MultiGauge.Row.of(Tags.of("type", row.getString("type"),
                        "status", row.getString("status"), "method", row.getString("payment_method")),
                        row.getLong("count")))
                .list();
        gauge.register(rows, true);
    }
}
