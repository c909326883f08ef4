package pl.bramka.notification;

import java.util.UUID;

/** A notification this node holds for one attempt, numbered {@code attempt}. */
record ClaimedNotification(long id, int attempt, UUID serviceId, String url, byte[] body) {
}
