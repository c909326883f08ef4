package pl.bramka.mail;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A message of the outbox, readable; {@code body} is null once it was dropped after the retention. */
public record OutgoingMail(long id, String recipient, String subject, @Nullable String body, String status,
        Instant createdAt) {
}
