/**
 * Outgoing e-mail: a durable outbox written in the caller's transaction, delivered over SMTP by a background worker
 * when {@code spring.mail.host} is set, otherwise kept locally for the demo-mode mail page. Subjects and bodies are
 * sealed at rest, and a message's body (and attachments, {@link pl.bramka.mail.MailAttachment}) is dropped once
 * {@code bramka.mail.retention} has passed after its sending.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail", allowedDependencies = {"secret"})
package pl.bramka.mail;
