/**
 * Outgoing e-mail: a durable outbox written in the caller's transaction, delivered over SMTP by a background worker
 * when {@code spring.mail.host} is set, otherwise kept locally for the demo-mode mail page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail")
package pl.bramka.mail;
