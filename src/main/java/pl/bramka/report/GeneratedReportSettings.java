package pl.bramka.report;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param generatedDirectory    where report files generated in the background are written (one subdirectory per
 *                              merchant); several nodes must share it, so that any node serves a file another wrote
 * @param concurrentGenerations how many background reports one node writes at once; the others wait their turn, so
 *                              large files never take every core and connection from the rest of the application
 * @param heartbeatInterval     how often a node tells that it still writes its unfinished reports, and looks for
 *                              unfinished ones whose node stopped telling (they become interrupted after three
 *                              intervals without a word) and for files past their seven days (deleted)
 */
@ConfigurationProperties("bramka.reports")
record GeneratedReportSettings(@DefaultValue("./data/reports") Path generatedDirectory,
        @DefaultValue("1") int concurrentGenerations, @DefaultValue("30s") Duration heartbeatInterval) {

    /** A queued or running report whose node said nothing for this long is taken for abandoned. */
    Duration staleAfter() {
        return heartbeatInterval.multipliedBy(3);
    }
}
