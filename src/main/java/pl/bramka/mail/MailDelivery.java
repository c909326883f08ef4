package pl.bramka.mail;

/**
 * Where a queued e-mail is: waiting for (another) attempt, sent, given up on after {@code bramka.mail.max-attempts}
 * failed attempts, or kept locally because no SMTP server is configured (demo mode).
 */
public enum MailDelivery {
    PENDING, SENT, FAILED, LOCAL
}
