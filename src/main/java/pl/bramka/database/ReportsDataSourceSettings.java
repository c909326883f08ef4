package pl.bramka.database;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * An optional second database the reports read from, e.g. a streaming replica of the primary.
 *
 * @param url      JDBC URL of the reports' database (a replica); none: reports read the primary
 * @param username its user; none: the primary's
 * @param password its password; none: the primary's
 * @param maxLag   how long a report waits for the replica to replay what the primary had written when the report
 *                 was asked for; a replica still behind after that is skipped and the report reads the primary
 */
@ConfigurationProperties("bramka.reports.datasource")
record ReportsDataSourceSettings(@Nullable String url, @Nullable String username, @Nullable String password,
        @DefaultValue("5s") Duration maxLag) {
}
