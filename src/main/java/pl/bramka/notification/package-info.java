/**
 * Notifications to shops: signed webhooks in imoje's format (imoje-compat.md §4) for every status change of a
 * transaction or a payment, written in the database transaction of the change and delivered from the
 * {@code notification} table with imoje's retry schedule, one stream at a time and never twice at once across
 * nodes; their delivery log, resend, replay and signature checker in the panel; and the e-mail to the shop's
 * addresses when a sale settles.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
        allowedDependencies = {"payment", "shop", "integration", "mail", "user", "shared"})
package pl.bramka.notification;
