package pl.bramka.ksef;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param testApiUrl        KSeF API 2.0 of the TEST environment (invoices there have no legal effect)
 * @param demoApiUrl        KSeF API 2.0 of the DEMO (pre-production) environment
 * @param productionApiUrl  KSeF API 2.0 of production
 * @param testQrUrl         base of the "KOD I" verification links of invoices sent to TEST
 * @param demoQrUrl         base of the "KOD I" verification links of invoices sent to DEMO
 * @param productionQrUrl   base of the "KOD I" verification links of invoices sent to production
 * @param timeout           the longest one KSeF request may take, connecting and reading included
 * @param runInterval       how often each node looks for invoices due to be sent or checked
 * @param lease             how long a claimed invoice stays with its node; after it a crashed node's work is taken
 *                          over, so it is longer than one whole attempt (authentication, sending and polling)
 * @param pollInterval      the pause between two status questions to KSeF (authentication, invoice processing)
 * @param pollLimit         status questions asked within one attempt before the invoice is looked at again later
 * @param firstRetry        the wait after the first failed attempt (KSeF unavailable, 5xx, timeout); each further
 *                          failure doubles it
 * @param longestRetry      the longest wait between two attempts
 */
@ConfigurationProperties("bramka.ksef")
record KsefSettings(@DefaultValue("https://api-test.ksef.mf.gov.pl/v2") URI testApiUrl,
        @DefaultValue("https://api-demo.ksef.mf.gov.pl/v2") URI demoApiUrl,
        @DefaultValue("https://api.ksef.mf.gov.pl/v2") URI productionApiUrl,
        @DefaultValue("https://qr-test.ksef.mf.gov.pl") String testQrUrl,
        @DefaultValue("https://qr-demo.ksef.mf.gov.pl") String demoQrUrl,
        @DefaultValue("https://qr.ksef.mf.gov.pl") String productionQrUrl,
        @DefaultValue("30s") Duration timeout, @DefaultValue("10s") Duration runInterval,
        @DefaultValue("10m") Duration lease, @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("20") int pollLimit, @DefaultValue("1m") Duration firstRetry,
        @DefaultValue("6h") Duration longestRetry) {

    URI apiUrl(KsefEnvironment environment) {
        return switch (environment) {
            case TEST -> testApiUrl;
            case DEMO -> demoApiUrl;
            case PRODUCTION -> productionApiUrl;
        };
    }

    String qrBase(KsefEnvironment environment) {
        return switch (environment) {
            case TEST -> testQrUrl;
            case DEMO -> demoQrUrl;
            case PRODUCTION -> productionQrUrl;
        };
    }

    /** The wait after so many failed attempts: doubling from {@code firstRetry}, at most {@code longestRetry}. */
    Duration retryDelay(int failedAttempts) {
        Duration delay = firstRetry;
        for (int i = 1; i < failedAttempts && delay.compareTo(longestRetry) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(longestRetry) < 0 ? delay : longestRetry;
    }
}
