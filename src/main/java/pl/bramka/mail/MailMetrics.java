package pl.bramka.mail;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The e-mail outbox as the database has it, read at every scrape through the partial index on pending mail. */
@Component
class MailMetrics implements MeterBinder {

    private final JdbcClient jdbc;

    MailMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("bramka.mail.outbox.depth", this, MailMetrics::pending)
                .description("E-mails waiting in the outbox to be sent").register(registry);
    }

    private double pending() {
        return jdbc.sql("select count(*) from mail_outbox where status = 'PENDING'").query(Long.class).single();
    }
}
