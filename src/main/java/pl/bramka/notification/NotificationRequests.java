package pl.bramka.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.bramka.payment.Customer;
import pl.bramka.payment.Payment;
import pl.bramka.payment.PaymentSource;
import pl.bramka.payment.ReturnUrls;
import pl.bramka.payment.Transaction;
import pl.bramka.payment.TransactionStatus;
import pl.bramka.payment.TransactionType;
import pl.bramka.shared.PublicUrl;
import pl.bramka.shop.GatewayShop;
import pl.bramka.shop.ShopDirectory;

/**
 * What a developer asks for on the shop's notifications page: a test notification sent at once, and notifications
 * sent again, one or every one of a period. Copies go to the shop's URL as it is now when the original went there.
 */
@Service
class NotificationRequests {

    /** A replay sends at most this many; a longer period is replayed in parts. */
    static final int MAX_REPLAY = 10_000;
    static final String TEST_ORDER_ID = "bramka-test-notification";

    private final DeliveryQueue queue;
    private final DeliveryLog log;
    private final NotificationDispatcher dispatcher;
    private final ShopDirectory shops;
    private final PublicUrl publicUrl;
    private final Clock clock;

    NotificationRequests(DeliveryQueue queue, DeliveryLog log, NotificationDispatcher dispatcher,
            ShopDirectory shops, PublicUrl publicUrl, Clock clock) {
        this.queue = queue;
        this.log = log;
        this.dispatcher = dispatcher;
        this.shops = shops;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    /**
     * Sends a pending sale that belongs to no order to the shop's notification URL now, and says how it went; it
     * stays in the log. Empty when the shop has no notification URL.
     */
    Optional<Delivery> sendTest(GatewayShop shop) {
        NotificationTarget target = NotificationTarget.choose(null, shop.notificationUrl());
        if (target == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        ClaimedNotification claimed = queue.insertClaimed(testNotification(shop, target), now,
                now.plus(dispatcher.lease()), dispatcher.node());
        return Optional.of(dispatcher.deliver(claimed));
    }

    /** Queues a copy of one notification of this shop; false when the shop has no such notification. */
    @Transactional
    boolean resend(GatewayShop shop, UUID publicId) {
        Optional<DeliveryLog.ReplaySource> original = log.idOf(shop.serviceId(), publicId)
                .flatMap(log::replaySource);
        original.ifPresent(source -> queue.copy(source.id(), NotificationKind.RESEND, targetNow(shop, source),
                UUID.randomUUID(), clock.instant()));
        return original.isPresent();
    }

    int countReplayable(GatewayShop shop, Instant from, Instant to) {
        return log.countStatusNotifications(shop.serviceId(), from, to, MAX_REPLAY + 1);
    }

    /**
     * Queues a copy of every status notification of the period, oldest first; returns how many. The copies of one
     * transaction keep their order in a stream of their own, apart from its live notifications.
     */
    @Transactional
    int replay(GatewayShop shop, Instant from, Instant to) {
        List<DeliveryLog.ReplaySource> originals = log.statusNotifications(shop.serviceId(),
                from, to, MAX_REPLAY);
        Instant now = clock.instant();
        Map<UUID, UUID> replayStreams = new HashMap<>();
        for (DeliveryLog.ReplaySource original : originals) {
            UUID stream = replayStreams.computeIfAbsent(original.streamId(), live -> UUID.randomUUID());
            queue.copy(original.id(), NotificationKind.REPLAY, targetNow(shop, original), stream, now);
        }
        return originals.size();
    }

    private static NotificationTarget targetNow(GatewayShop shop, DeliveryLog.ReplaySource original) {
        if (original.source() == NotificationTarget.Source.SHOP && shop.notificationUrl() != null) {
            return NotificationTarget.of(shop.notificationUrl(), NotificationTarget.Source.SHOP);
        }
        return NotificationTarget.of(original.url(), original.source());
    }

    private NewNotification testNotification(GatewayShop shop, NotificationTarget target) {
        Instant now = clock.instant();
        UUID paymentId = UUID.randomUUID();
        Payment payment = new Payment(paymentId, shop.merchantId(), shop.serviceId(), PaymentSource.API,
                TransactionStatus.PENDING, 100, "PLN", TEST_ORDER_ID, "Test", null, Customer.unknown(), null, null,
                ReturnUrls.none(), null, null, null, null, null, now, now);
        Transaction sale = new Transaction(UUID.randomUUID(), paymentId, shop.merchantId(), shop.serviceId(),
                TransactionType.SALE, TransactionStatus.PENDING, PaymentSource.API, 100, "PLN", TEST_ORDER_ID, "Test",
                "blik", "blik", null, null, null, null, null, null, null, now, now);
        return new NewNotification(shop.merchantId(), shop.serviceId(), UUID.randomUUID(), null, null,
                NotificationKind.TEST, sale.status().wire(), target,
                NotificationBody.of(sale, payment, publicUrl.of("/pay/" + paymentId)));
    }
}
