/**
 * The audit log ({@code /audit}): who did what, when and from which address, for every sign-in and every sensitive
 * change of a merchant's data. Entries are written in the database transaction of the change, from events the owning
 * modules publish (one listener class per source module), and are hash-chained per merchant, so "Verify" finds the
 * first entry that was edited, inserted or deleted behind the application's back. Other modules may also call
 * {@link pl.bramka.audit.AuditTrail} directly. Sensitive changes (notification URL, shop key, API token, a new
 * Representative) are e-mailed to every Representative as they are recorded. The operator's actions about a
 * merchant (onboarding, blocking, its shops and payouts) are recorded in its log with the operator's e-mail.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log", allowedDependencies = {"shop", "user",
        "integration", "refund", "mail", "shared", "operator", "report", "ksef", "scheduledreport"})
package pl.bramka.audit;
