package pl.bramka.mail;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A row of the outbox as stored: subject and body sealed (or plain text when {@code sealed} is false, written by an
 * earlier version), the body null once dropped after the retention.
 */
record StoredMail(long id, String recipient, String subject, @Nullable String body, boolean sealed, String status,
        Instant createdAt) {
}
