package pl.bramka.notification;

import java.util.UUID;

/**
 * A notification this node holds for one attempt, numbered {@code attempt}, in the lease slot {@code slot}: the
 * notifications of one slot are sent one after another.
 */
record ClaimedNotification(long id, int attempt, UUID serviceId, String url, byte[] body, UUID slot) {
}
