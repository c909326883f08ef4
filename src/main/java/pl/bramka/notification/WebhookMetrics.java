package pl.bramka.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The webhook queue as the database has it, read at every scrape through the partial indexes on pending and failed
 * notifications: how many wait, how long the longest-overdue one has been due (0 when none is overdue), and how many
 * were given up on.
 */
@Component
class WebhookMetrics implements MeterBinder {

    private final JdbcClient jdbc;
    private final Clock clock;

    WebhookMetrics(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("bramka.webhooks.queue.depth", this, WebhookMetrics::pending)
                .description("Webhook notifications waiting to be delivered").register(registry);
        Gauge.builder("bramka.webhooks.queue.oldest.due.age", this, WebhookMetrics::oldestDueAgeSeconds)
                .baseUnit("seconds").description("How long the longest-overdue pending notification has been due")
                .register(registry);
        Gauge.builder("bramka.webhooks.failed", this, WebhookMetrics::failed)
                .description("Webhook notifications given up on after their last attempt").register(registry);
    }

    private double pending() {
        return jdbc.sql("select count(*) from notification where status = 'PENDING'").query(Long.class).single();
    }

    private double failed() {
        return jdbc.sql("select count(*) from notification where status = 'FAILED'").query(Long.class).single();
    }

    private double oldestDueAgeSeconds() {
        Optional<Timestamp> oldestDue = jdbc.sql("""
                select next_attempt_at from notification where status = 'PENDING'
                order by next_attempt_at, id limit 1""").query(Timestamp.class).optional();
        return oldestDue.map(due -> Duration.between(due.toInstant(), clock.instant()))
                .filter(age -> !age.isNegative()).map(age -> age.toMillis() / 1000.0).orElse(0.0);
    }
}
