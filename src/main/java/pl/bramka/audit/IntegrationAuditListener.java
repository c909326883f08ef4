package pl.bramka.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import pl.bramka.integration.ShopKeyRevealed;

/** What the {@code integration} module tells beyond the shop's history: a shop key shown to a user. */
@Component
class IntegrationAuditListener {

    private final AuditTrail trail;

    IntegrationAuditListener(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(ShopKeyRevealed revealed) {
        trail.record(new AuditRecord(revealed.merchantId(), AuditKind.KEY_REVEALED, revealed.revealedBy(),
                revealed.shopName(), "shopKey", null, null));
    }
}
