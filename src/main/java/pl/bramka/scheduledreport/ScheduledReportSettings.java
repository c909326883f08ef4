package pl.bramka.scheduledreport;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param pollInterval  how often a node looks for due schedules and runs to make (and for run files past keeping)
 * @param retries       how many times a failed run is tried again before its owner is told it failed
 * @param retryDelay    the wait before the first retry; each further one waits twice as long as the one before
 * @param lease         how long a node may take to make one run before another node takes it for abandoned
 * @param fileRetention how long the files of runs stay downloadable from the history
 * @param zipAbove      files larger than this are sent zipped
 * @param linkAbove     files whose zip is larger than this are not attached: the e-mail carries a link to the run's
 *                      file, which asks the recipient to sign in as a user of the merchant who may see reports
 * @param directory     where the files of runs are written (one subdirectory per merchant); several nodes must share
 *                      it, so that any node serves a file another wrote
 */
@ConfigurationProperties("bramka.scheduled-reports")
record ScheduledReportSettings(@DefaultValue("30s") Duration pollInterval, @DefaultValue("3") int retries,
        @DefaultValue("1m") Duration retryDelay, @DefaultValue("10m") Duration lease,
        @DefaultValue("30d") Duration fileRetention, @DefaultValue("5MB") DataSize zipAbove,
        @DefaultValue("20MB") DataSize linkAbove, @DefaultValue("./data/scheduled-reports") Path directory) {
}
