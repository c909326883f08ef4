package pl.bramka.accounting;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param baseUrl          where ING Księgowość's public API lives (a trailing slash is ignored); invoices are
 *                         created at {@code {baseUrl}/v2/api/public/create-invoice}
 * @param connectTimeout   the longest a connection to the accounting service may take
 * @param timeout          the longest one attempt may wait for the service's answer; then it is retried
 * @param pollInterval     how often due invoices are looked for
 * @param firstRetryDelay  the wait after the first failed attempt; it doubles after every further one
 * @param maxAttempts      attempts after which an invoice the service keeps failing on is given up
 * @param lease            how long a claimed invoice stays with its node; longer than both timeouts together (checked
 *                         at start), and the time after which a crashed node's invoice is sent again
 */
@ConfigurationProperties("bramka.accounting")
record AccountingSettings(@DefaultValue("https://ksiegowosc.ing.pl") String baseUrl,
        @DefaultValue("5s") Duration connectTimeout, @DefaultValue("30s") Duration timeout,
        @DefaultValue("10s") Duration pollInterval, @DefaultValue("1m") Duration firstRetryDelay,
        @DefaultValue("8") int maxAttempts, @DefaultValue("2m") Duration lease) {

    AccountingSettings {
        baseUrl = baseUrl.replaceAll("/+$", "");
        if (lease.compareTo(connectTimeout.plus(timeout)) <= 0) {
            throw new IllegalArgumentException("bramka.accounting.lease (" + lease
                    + ") must be longer than connect-timeout and timeout together, or a slow attempt loses its invoice"
                    + " to another node");
        }
    }

    /** The wait after the {@code attempt}-th failed attempt: the first delay, doubled for each attempt before it. */
    Duration retryDelayAfter(int attempt) {
        return firstRetryDelay.multipliedBy(1L << Math.min(attempt - 1, 20));
    }
}
