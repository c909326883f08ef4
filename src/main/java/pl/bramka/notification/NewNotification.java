package pl.bramka.notification;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A notification about to be written; {@code streamId} names the sequence it is delivered in order within. */
record NewNotification(UUID merchantId, UUID serviceId, UUID streamId, @Nullable UUID paymentId,
        @Nullable UUID transactionId, NotificationKind kind, String eventStatus, NotificationTarget target,
        byte[] body) {
}
