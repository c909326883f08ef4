package pl.bramka.audit;

/**
 * What an audit entry records. Stored by name, so new kinds (two-factor changes, operator actions, report downloads)
 * are added here without a migration; the page offers every kind as a filter and names it from the
 * {@code audit.kind.*} messages.
 */
public enum AuditKind {
    SIGN_IN,
    SIGN_IN_FAILED,
    KEY_REVEALED,
    KEY_ROTATED,
    TOKEN_ISSUED,
    TOKEN_REVOKED,
    NOTIFICATION_URL,
    NOTIFICATION_EMAILS,
    ACCOUNTING_KEY,
    IBAN,
    IBAN_CHANGE_REQUESTED,
    IBAN_CHANGE_DECIDED,
    SHOP_DATA,
    PAYMENT_METHOD,
    BRANDING,
    USER,
    REFUND,
    REFUND_DECISION,
    REFUND_RULES,
    TWO_FACTOR_ENABLED,
    TWO_FACTOR_DISABLED,
    RECOVERY_CODE_USED,
    RECOVERY_CODES_REGENERATED,
    TWO_FACTOR_REQUIREMENT,
    SESSION_SIGNED_OUT,
    OPERATOR_ONBOARDING,
    OPERATOR_MERCHANT_BLOCKED,
    OPERATOR_MERCHANT_UNBLOCKED,
    OPERATOR_SHOP_ACTIVATED,
    OPERATOR_SHOP_BLOCKED,
    OPERATOR_SHOP_UNBLOCKED,
    OPERATOR_PAYOUT_SENT,
    OPERATOR_PAYOUT_RETURNED,
    GENERATED_REPORT_DOWNLOADED,
    REPORT_DOWNLOADED,
    KSEF_SETTINGS,
    KSEF_TOKEN
}
