package pl.bramka.notification;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

/** The delivery log, for pages of other modules: a transaction's notifications with every attempt. */
@Service
public class NotificationLog {

    private final DeliveryLog log;

    NotificationLog(DeliveryLog log) {
        this.log = log;
    }

    /** The notifications about one transaction of this merchant, oldest first, each with its attempts. */
    public List<NotificationEntry> ofTransaction(UUID merchantId, UUID transactionId) {
        return log.ofTransaction(merchantId, transactionId).stream()
                .map(entry -> entry.withAttempts(log.attempts(entry.publicId()))).toList();
    }
}
