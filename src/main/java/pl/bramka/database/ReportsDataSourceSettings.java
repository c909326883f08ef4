package pl.bramka.database;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * An optional second database the reports read from, e.g. a streaming replica of the primary.
 *
 * @param url      JDBC URL of a database the reports read (a replica of the primary), in a small read-only pool of
 *                 its own; none: reports read the primary
 * @param username the user reports sign in to the replica as; none: the primary's
 * @param password the password of that user; none: the primary's
 * @param maxLag   how long a report waits for a standby replica to replay what the primary had written when the
 *                 report began; a replica still behind after that is skipped and that report reads the primary
 */
@ConfigurationProperties("bramka.reports.datasource")
record ReportsDataSourceSettings(@Nullable String url, @Nullable String username, @Nullable String password,
        @DefaultValue("5s") Duration maxLag) {
}
