package pl.bramka.invoice;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param pollInterval how often the background job looks for invoices to generate
 * @param maxAttempts  attempts to generate an invoice before it is marked failed (the panel can retry it)
 * @param retryDelay   the wait after the first failed attempt; it doubles after each further one
 */
@ConfigurationProperties("bramka.invoice")
record InvoiceSettings(@DefaultValue("2s") Duration pollInterval, @DefaultValue("5") int maxAttempts,
        @DefaultValue("1m") Duration retryDelay) {
}
