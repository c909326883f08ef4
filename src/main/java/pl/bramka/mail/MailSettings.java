package pl.bramka.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from the sender of every e-mail
 * @param maxAttempts SMTP attempts before a message is marked failed
 * @param retryDelay the wait after the first failed attempt; it doubles after each further one
 * @param retention how long a message's body is kept after it was sent (or given up, or kept locally); then only
 *                  its record remains: recipient, times, status and the sealed subject
 */
@ConfigurationProperties("bramka.mail")
record MailSettings(@DefaultValue("Bramka <no-reply@bramka.localhost>") String from,
        @DefaultValue("8") int maxAttempts, @DefaultValue("30s") Duration retryDelay,
        @DefaultValue("7d") Duration retention) {
}
