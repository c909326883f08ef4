package pl.bramka.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import pl.bramka.report.GeneratedReportDownloaded;

/** Downloads of report files generated in the background: who, when, which file with which parameters. */
@Component
class GeneratedReportAuditListener {

    private final AuditTrail trail;

    GeneratedReportAuditListener(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(GeneratedReportDownloaded download) {
        trail.record(new AuditRecord(download.merchantId(), AuditKind.GENERATED_REPORT_DOWNLOADED,
                download.downloadedBy(), download.fileName(), download.parameters(), null, null));
    }
}
