package pl.bramka.payout;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How long the latest finished settlement run took, whichever node ran it, read at every scrape from the newest
 * rows of {@code payout_run} (its primary key is the period).
 */
@Component
class SettlementMetrics implements MeterBinder {

    private final JdbcClient jdbc;

    SettlementMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        TimeGauge.builder("bramka.settlement.last.run.duration", this, TimeUnit.MILLISECONDS,
                SettlementMetrics::lastRunMillis).description("Duration of the latest finished settlement run")
                .register(registry);
    }

    private double lastRunMillis() {
        return jdbc.sql("""
                select duration_ms from payout_run where finished_at is not null and duration_ms is not null
                order by period desc limit 1""").query(Long.class).optional().map(Long::doubleValue).orElse(0.0);
    }
}
