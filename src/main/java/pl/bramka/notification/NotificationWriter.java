package pl.bramka.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import pl.bramka.payment.Payment;
import pl.bramka.payment.PaymentStatusChanged;
import pl.bramka.payment.Transaction;
import pl.bramka.payment.TransactionStatusChanged;
import pl.bramka.shared.PublicUrl;
import pl.bramka.shop.GatewayShop;
import pl.bramka.shop.ShopDirectory;

/**
 * Writes a notification for every status change, inside the database transaction of the change: it exists exactly
 * when the change committed, and survives anything that happens before it is delivered. Without a transaction URL
 * or a shop URL there is nobody to tell, and nothing is written.
 */
@Component
class NotificationWriter {

    private final DeliveryQueue queue;
    private final ShopDirectory shops;
    private final PublicUrl publicUrl;
    private final Clock clock;

    NotificationWriter(DeliveryQueue queue, ShopDirectory shops, PublicUrl publicUrl, Clock clock) {
        this.queue = queue;
        this.shops = shops;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(TransactionStatusChanged changed) {
        Transaction transaction = changed.transaction();
        Payment payment = changed.payment();
        target(transaction.notificationUrl(), transaction.serviceId()).ifPresent(target -> write(new NewNotification(
                transaction.merchantId(), transaction.serviceId(), transaction.id(), payment.id(), transaction.id(),
                NotificationKind.STATUS, transaction.status().wire(), target,
                NotificationBody.of(transaction, payment, publicUrl.of("/pay/" + payment.id()))),
                changed.previous() != null));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(PaymentStatusChanged changed) {
        Payment payment = changed.payment();
        target(payment.notificationUrl(), payment.serviceId()).ifPresent(target -> write(new NewNotification(
                payment.merchantId(), payment.serviceId(), payment.id(), payment.id(), null, NotificationKind.STATUS,
                payment.status().wire(), target, NotificationBody.of(payment)), true));
    }

    /** {@code streamMayHaveEarlier}: false for a transaction just created, whose stream starts with this one. */
    private void write(NewNotification notification, boolean streamMayHaveEarlier) {
        Instant now = clock.instant();
        long id = queue.insert(notification, now);
        if (streamMayHaveEarlier) {
            queue.supersedeFailedBefore(notification.streamId(), id, now);
        }
    }

    private Optional<NotificationTarget> target(String ownUrl, UUID serviceId) {
        String shopUrl = ownUrl == null || ownUrl.isBlank()
                ? shops.find(serviceId).map(GatewayShop::notificationUrl).orElse(null) : null;
        return Optional.ofNullable(NotificationTarget.choose(ownUrl, shopUrl));
    }
}
