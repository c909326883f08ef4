package pl.bramka.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import pl.bramka.shop.ShopDataChanged;

/**
 * Changes the {@code shop} module records in a shop's history, its own and those the integration and branding tabs
 * record through it, each in the transaction of the change.
 */
@Component
class ShopAuditListener {

    private final AuditTrail trail;

    ShopAuditListener(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(ShopDataChanged change) {
        trail.record(new AuditRecord(change.merchantId(), kindOf(change.field()), change.changedBy(),
                change.shopName(), change.field(), change.oldValue(), change.newValue()));
    }

    static AuditKind kindOf(String field) {
        return switch (field) {
            case "iban" -> AuditKind.IBAN;
            case "ibanChangeRequested" -> AuditKind.IBAN_CHANGE_REQUESTED;
            case "ibanChangeRejected" -> AuditKind.IBAN_CHANGE_DECIDED;
            case "notificationUrl" -> AuditKind.NOTIFICATION_URL;
            case "notificationEmails" -> AuditKind.NOTIFICATION_EMAILS;
            case "shopKeyRotation" -> AuditKind.KEY_ROTATED;
            case "apiTokenIssued" -> AuditKind.TOKEN_ISSUED;
            case "apiTokenRevoked" -> AuditKind.TOKEN_REVOKED;
            case "accountingKey" -> AuditKind.ACCOUNTING_KEY;
            case "logo" -> AuditKind.BRANDING;
            default -> field.startsWith("method.") ? AuditKind.PAYMENT_METHOD
                    : field.startsWith("color.") ? AuditKind.BRANDING : AuditKind.SHOP_DATA;
        };
    }
}
