package pl.bramka.audit;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import pl.bramka.scheduledreport.ScheduledReportChanged;

/** Scheduled reports created, changed (paused, resumed, taken over too) and deleted: who, which, what it became. */
@Component
class ScheduledReportAuditListener {

    private static final int VALUE_LENGTH = 1000;

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
                change.change().name(), null, cut(change.description())));
    }

    /** The column's limit: ten long recipients may not fit, the start of the description does. */
    private static @Nullable String cut(@Nullable String text) {
        return text == null || text.length() <= VALUE_LENGTH ? text : text.substring(0, VALUE_LENGTH - 1) + "…";
    }
}
