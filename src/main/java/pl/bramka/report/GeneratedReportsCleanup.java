package pl.bramka.report;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes the files and rows of background reports seven days after they finished. Every node runs it; the rows are
 * claimed with {@code FOR UPDATE SKIP LOCKED}, so two nodes never delete the same report and neither waits for the
 * other.
 */
@Component
class GeneratedReportsCleanup {

    private static final int BATCH = 100;
    private static final Logger LOG = LoggerFactory.getLogger(GeneratedReportsCleanup.class);

    private final GeneratedReportRepository reports;
    private final GeneratedReportFiles files;
    private final TransactionTemplate transactions;
    private final Clock clock;

    GeneratedReportsCleanup(GeneratedReportRepository reports, GeneratedReportFiles files,
            TransactionTemplate transactions, Clock clock) {
        this.reports = reports;
        this.files = files;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${bramka.reports.heartbeat-interval:30s}")
    void runScheduled() {
        int deleted = deleteExpired();
        if (deleted > 0) {
            LOG.info("Deleted {} expired background reports", deleted);
        }
    }

    /** @return how many reports this call deleted */
    int deleteExpired() {
        Instant now = clock.instant();
        int deleted = 0;
        int batch;
        do {
            batch = transactions.execute(status -> {
                List<GeneratedReport> expired = reports.lockExpired(now, BATCH);
                for (GeneratedReport report : expired) {
                    files.delete(report.merchantId(), report.id());
                    reports.delete(report.id());
                }
                return expired.size();
            });
            deleted += batch;
        } while (batch == BATCH);
        return deleted;
    }
}
