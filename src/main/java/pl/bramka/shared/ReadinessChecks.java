package pl.bramka.shared;

import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;
import org.springframework.boot.mail.health.MailHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The checks readiness makes, Spring Boot's own for the database and the mail server, each bounded by
 * {@code bramka.management.readiness-check-timeout}: an unreachable database makes the pool wait its whole
 * connection timeout (30 s) for every connection it is asked for, and a mail server that accepts connections but
 * never answers would hold the mail check forever, so the probe would outlast any orchestrator's probe timeout.
 * The bean names replace Spring Boot's checks under the names the readiness group includes.
 */
@Configuration(proxyBeanMethods = false)
class ReadinessChecks {

    private final Duration timeout;

    ReadinessChecks(@Value("${bramka.management.readiness-check-timeout}") Duration timeout) {
        this.timeout = timeout;
    }

    @Bean
    HealthIndicator dbHealthIndicator(DataSource dataSource) {
        return new BoundedHealthCheck("database", new DataSourceHealthIndicator(dataSource), timeout);
    }

    /** Only where an SMTP server is configured, as Spring Boot's own mail check. */
    @Bean
    @ConditionalOnProperty("spring.mail.host")
    HealthIndicator mailHealthIndicator(JavaMailSenderImpl mailSender) {
        return new BoundedHealthCheck("mail server", new MailHealthIndicator(mailSender), timeout);
    }
}
