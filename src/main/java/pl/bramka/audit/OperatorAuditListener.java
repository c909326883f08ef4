package pl.bramka.audit;

import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import pl.bramka.operator.OperatorActionTaken;

/**
 * The operator's actions that concern one merchant (its onboarding, blocking, its shops, its payouts) in that
 * merchant's log, in the action's transaction, with the operator's e-mail as who did it. Actions that concern no
 * merchant, such as a change of the commission table, stay in the console's own log only.
 */
@Component
class OperatorAuditListener {

    private static final Map<String, AuditKind> KINDS = Map.of(
            "merchant.onboarded", AuditKind.OPERATOR_ONBOARDING,
            "merchant.blocked", AuditKind.OPERATOR_MERCHANT_BLOCKED,
            "merchant.unblocked", AuditKind.OPERATOR_MERCHANT_UNBLOCKED,
            "shop.activated", AuditKind.OPERATOR_SHOP_ACTIVATED,
            "shop.blocked", AuditKind.OPERATOR_SHOP_BLOCKED,
            "shop.unblocked", AuditKind.OPERATOR_SHOP_UNBLOCKED,
            "payout.sent", AuditKind.OPERATOR_PAYOUT_SENT,
            "payout.returned", AuditKind.OPERATOR_PAYOUT_RETURNED);

    private final AuditTrail trail;

    OperatorAuditListener(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(OperatorActionTaken action) {
        AuditKind kind = KINDS.get(action.action());
        if (kind == null || action.merchantId() == null) {
            return;
        }
        trail.recordBy(action.operatorEmail(), new AuditRecord(action.merchantId(), kind, null,
                action.subjectName() == null ? action.subject() : action.subjectName(), action.action(), null,
                action.details()));
    }
}
