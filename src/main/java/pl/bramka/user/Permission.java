package pl.bramka.user;

/**
 * One capability of the roles matrix. Routes and pages ask for permissions, never for roles, so the matrix lives in
 * one place: {@link Role}.
 */
public enum Permission {
    /** Dashboard amounts, transactions and orders. */
    VIEW_PAYMENTS,
    VIEW_REPORTS,
    REFUND,
    VIEW_PAYMENT_LINKS,
    MANAGE_PAYMENT_LINKS,
    VIEW_SHOPS,
    MANAGE_SHOPS,
    /** Integration data, shop keys, notification URL, ING Księgowość key. */
    MANAGE_INTEGRATION,
    /**
     * The addresses e-mailed about completed transactions. Those e-mails show amounts, so this is not part of
     * {@link #MANAGE_INTEGRATION}: a Technical user must not be able to send them to themselves.
     */
    MANAGE_NOTIFICATION_EMAILS,
    VIEW_PAYMENT_METHODS,
    MANAGE_PAYMENT_METHODS,
    MANAGE_BRANDING,
    MANAGE_USERS,
    /** The four-eyes rule: refunds from which amount wait for a second person's approval. */
    MANAGE_REFUND_RULES,
    /** The audit log: every sign-in and sensitive change of the merchant, with who, when and from where. */
    VIEW_AUDIT,
    /** KSeF sending: on or off, the environment, the KSeF token. */
    MANAGE_KSEF
}
