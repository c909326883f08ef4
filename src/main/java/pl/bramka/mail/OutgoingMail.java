package pl.bramka.mail;

import java.time.Instant;

public record OutgoingMail(long id, String recipient, String subject, String body, String status,
        Instant createdAt) {
}
