package pl.bramka.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import pl.bramka.report.ReportDownloaded;

/** Every report downloaded: the file's kind and its parameters, so the same file can be asked for again. */
@Component
class ReportAuditListener {

    private final AuditTrail trail;

    ReportAuditListener(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(ReportDownloaded download) {
        trail.record(new AuditRecord(download.merchantId(), AuditKind.REPORT_DOWNLOADED, download.userId(),
                download.report(), "parameters", null, download.parameters()));
    }
}
