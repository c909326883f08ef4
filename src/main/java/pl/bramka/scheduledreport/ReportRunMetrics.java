package pl.bramka.scheduledreport;

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
 * Scheduled report runs by status (FAILED ones are the failures), from the database so every node reports the same
 * numbers; refreshed every {@code bramka.metrics.refresh-interval}.
 */
@Component
class ReportRunMetrics implements MeterBinder {

    private final JdbcClient jdbc;
    private volatile @Nullable MultiGauge runs;

    ReportRunMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        runs = MultiGauge.builder("bramka.report.runs").description("Scheduled report runs by status")
                .register(registry);
    }

    @Scheduled(fixedDelayString = "${bramka.metrics.refresh-interval:15s}")
    void refresh() {
        MultiGauge gauge = runs;
        if (gauge == null) {
            return;
        }
        List<MultiGauge.Row<Number>> rows = jdbc.sql(
                "select status, count(*) as count from scheduled_report_run group by status")
                .query((row, number) -> MultiGauge.Row.of(Tags.of("status", row.getString("status")),
                        row.getLong("count")))
                .list();
        gauge.register(rows, true);
    }
}
