package pl.bramka.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import pl.bramka.report.GeneratedReportDownloaded;

/** Downloads of report files generated in the background: who, when, which file with which parameters. */
@Component
class GeneratedReportAuditListener {

    private static final int TARGET_LENGTH = 200;
    private static final int VALUE_LENGTH = 1000;

    private final AuditTrail trail;

    GeneratedReportAuditListener(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(GeneratedReportDownloaded download) {
        trail.record(new AuditRecord(download.merchantId(), AuditKind.GENERATED_REPORT_DOWNLOADED,
                download.downloadedBy(), cut(download.fileName(), TARGET_LENGTH), null, null,
                cut(download.parameters(), VALUE_LENGTH)));
    }

    /** The columns' limits: a long query string of many shops is kept as far as it fits. */
    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
