package pl.bramka.report;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param backgroundThreshold the most rows a report downloads while the user waits; a larger one is written in the
 *                            background and lands in {@code /reports/generated}
 */
@ConfigurationProperties("bramka.reports")
record ReportSettings(@DefaultValue("1000000") long backgroundThreshold) {
}
