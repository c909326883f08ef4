package pl.bramka.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import pl.bramka.user.UserChanged;

/** Changes of user accounts (invitation, role, status, password replaced), in the transaction of the change. */
@Component
class UserAuditListener {

    private final AuditTrail trail;

    UserAuditListener(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(UserChanged change) {
        trail.record(new AuditRecord(change.merchantId(), AuditKind.USER, change.changedBy(), change.email(),
                change.field(), change.oldValue(), change.newValue()));
    }
}
