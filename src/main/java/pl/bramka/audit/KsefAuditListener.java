package pl.bramka.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import pl.bramka.ksef.KsefSettingsChanged;

/** Changes of a merchant's KSeF settings, the token's as "set" or "changed" only. */
@Component
class KsefAuditListener {

    private final AuditTrail trail;

    KsefAuditListener(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(KsefSettingsChanged change) {
        AuditKind kind = "token".equals(change.field()) ? AuditKind.KSEF_TOKEN : AuditKind.KSEF_SETTINGS;
        trail.record(new AuditRecord(change.merchantId(), kind, change.changedBy(), "KSeF", change.field(),
                change.oldValue(), change.newValue()));
    }
}
