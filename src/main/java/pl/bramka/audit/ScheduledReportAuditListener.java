package pl.bramka.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import pl.bramka.scheduledreport.ScheduledReportChanged;

/** Scheduled reports created, changed (paused, resumed, taken over too) and deleted: who, which, what it became. */
@Component
class ScheduledReportAuditListener {

    private final AuditTrail trail;

    ScheduledReportAuditListener(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(ScheduledReportChanged change) {
        AuditKind kind = switch (change.change()) {
            case CREATED -> AuditKind.SCHEDULED_REPORT_CREATED;
            case DELETED -> AuditKind.SCHEDULED_REPORT_DELETED;
            case CHANGED, PAUSED, RESUMED, TAKEN_OVER -> AuditKind.SCHEDULED_REPORT_CHANGED;
        };
        trail.record(new AuditRecord(change.merchantId(), kind, change.userId(), change.name(),
                change.change().name(), null, change.description()));
    }
}
