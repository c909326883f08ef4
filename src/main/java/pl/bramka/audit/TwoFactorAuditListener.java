package pl.bramka.audit;

import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import pl.bramka.user.RecoveryCodeUsed;
import pl.bramka.user.RecoveryCodesRegenerated;
import pl.bramka.user.SessionSignedOut;
import pl.bramka.user.TwoFactorDisabled;
import pl.bramka.user.TwoFactorEnabled;
import pl.bramka.user.TwoFactorRequirementChanged;
import pl.bramka.user.UserContact;
import pl.bramka.user.UserManagement;

/**
 * Two-factor sign-in turned on or off, a recovery code used (with the number left), new recovery codes, the merchant's
 * rule that everyone uses it, and sessions ended by their user, in the transaction of the change. The entry's target
 * is the user's e-mail address.
 */
@Component
class TwoFactorAuditListener {

    private final AuditTrail trail;
    private final UserManagement users;

    TwoFactorAuditListener(AuditTrail trail, UserManagement users) {
        this.trail = trail;
        this.users = users;
    }

    @EventListener
    void on(TwoFactorEnabled enabled) {
        trail.record(new AuditRecord(enabled.merchantId(), AuditKind.TWO_FACTOR_ENABLED, enabled.userId(),
                emailOf(enabled.merchantId(), enabled.userId()), null, null, null));
    }

    @EventListener
    void on(TwoFactorDisabled disabled) {
        trail.record(new AuditRecord(disabled.merchantId(), AuditKind.TWO_FACTOR_DISABLED, disabled.userId(),
                emailOf(disabled.merchantId(), disabled.userId()), null, null, null));
    }

    @EventListener
    void on(RecoveryCodeUsed used) {
        trail.record(new AuditRecord(used.merchantId(), AuditKind.RECOVERY_CODE_USED, used.userId(),
                emailOf(used.merchantId(), used.userId()), "remaining", null, String.valueOf(used.remaining())));
    }

    @EventListener
    void on(RecoveryCodesRegenerated regenerated) {
        trail.record(new AuditRecord(regenerated.merchantId(), AuditKind.RECOVERY_CODES_REGENERATED,
                regenerated.userId(), emailOf(regenerated.merchantId(), regenerated.userId()), null, null, null));
    }

    @EventListener
    void on(TwoFactorRequirementChanged changed) {
        trail.record(new AuditRecord(changed.merchantId(), AuditKind.TWO_FACTOR_REQUIREMENT, changed.changedBy(),
                null, "required", String.valueOf(!changed.required()), String.valueOf(changed.required())));
    }

    /** The detail names the one session ended (device and address); it is empty when all others were. */
    @EventListener
    void on(SessionSignedOut signedOut) {
        String session = signedOut.device() == null ? null
                : signedOut.address() == null ? signedOut.device() : signedOut.device() + ", " + signedOut.address();
        trail.record(new AuditRecord(signedOut.merchantId(), AuditKind.SESSION_SIGNED_OUT, signedOut.userId(),
                emailOf(signedOut.merchantId(), signedOut.userId()), session, null,
                String.valueOf(signedOut.count())));
    }

    private String emailOf(UUID merchantId, UUID userId) {
        return users.contact(merchantId, userId).map(UserContact::email).orElse(userId.toString());
    }
}
