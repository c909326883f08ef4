package pl.bramka.notification;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import pl.bramka.integration.ShopCredentials;
import pl.bramka.notification.Delivery.Outcome;
import pl.bramka.shop.GatewayShop;
import pl.bramka.shop.ShopDirectory;

/**
 * Delivers due notifications: claims them in a short database transaction, sends each on a worker thread with no
 * database connection held, and records the outcome with the next attempt of the retry schedule. Any number of
 * nodes may run this side by side over one database.
 */
@Component
class NotificationDispatcher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);

    private final DeliveryQueue queue;
    private final WebhookSender sender;
    private final ShopDirectory shops;
    private final ShopCredentials credentials;
    private final TransactionTemplate inTransaction;
    private final WebhookSettings settings;
    private final Clock clock;
    private final String node;
    private final ExecutorService workers;
    private final ExecutorService claimer = Executors.newSingleThreadExecutor(
            new CustomizableThreadFactory("webhook-claim-"));
    private final AtomicBoolean claimQueued = new AtomicBoolean();
    private final AtomicInteger inFlight = new AtomicInteger();

    @Autowired
    NotificationDispatcher(DeliveryQueue queue, WebhookSender sender, ShopDirectory shops,
            ShopCredentials credentials, TransactionTemplate inTransaction, WebhookSettings settings, Clock clock) {
        this(queue, sender, shops, credentials, inTransaction, settings, clock,
                ManagementFactory.getRuntimeMXBean().getName());
    }

    NotificationDispatcher(DeliveryQueue queue, WebhookSender sender, ShopDirectory shops,
            ShopCredentials credentials, TransactionTemplate inTransaction, WebhookSettings settings, Clock clock,
            String node) {
        this.queue = queue;
        this.sender = sender;
        this.shops = shops;
        this.credentials = credentials;
        this.inTransaction = inTransaction;
        this.settings = settings;
        this.clock = clock;
        this.node = node.length() <= 100 ? node : node.substring(0, 100);
        this.workers = Executors.newFixedThreadPool(settings.maxInFlight(), new CustomizableThreadFactory("webhook-"));
    }

    /**
     * Claims and starts what is due. Runs on a schedule for new and retried notifications, and again as soon as an
     * attempt ends, so a busy endpoint gets its next notification at once instead of at the next tick.
     */
    @Scheduled(fixedDelayString = "${bramka.notifications.poll-interval:250ms}")
    void dispatchDue() {
        for (ClaimedNotification notification : claimDue()) {
            workers.execute(() -> {
                try {
                    deliver(notification);
                }
                finally {
                    inFlight.decrementAndGet();
                    claimSoon();
                }
            });
        }
    }

    /** Queues one claim on the claiming thread; attempts that end together share it. */
    private void claimSoon() {
        if (claimQueued.compareAndSet(false, true)) {
            try {
                claimer.execute(() -> {
                    claimQueued.set(false);
                    dispatchDue();
                });
            }
            catch (RejectedExecutionException shuttingDown) {
                claimQueued.set(false);
            }
        }
    }

    /** Claims as many due notifications as this node has free workers. */
    List<ClaimedNotification> claimDue() {
        int free = settings.maxInFlight() - inFlight.get();
        if (free <= 0) {
            return List.of();
        }
        Instant now = clock.instant();
        List<ClaimedNotification> claimed = inTransaction.execute(status -> queue.claim(now,
                now.plus(settings.lease()), free, settings.perEndpoint(), node));
        inFlight.addAndGet(claimed.size());
        return claimed;
    }

    /** One attempt of a notification this node holds, recorded with what happens next. */
    Delivery deliver(ClaimedNotification notification) {
        Delivery delivery = send(notification);
        inTransaction.executeWithoutResult(status -> record(notification, delivery));
        return delivery;
    }

    String node() {
        return node;
    }

    Duration lease() {
        return settings.lease();
    }

    private Delivery send(ClaimedNotification notification) {
        try {
            GatewayShop shop = shops.find(notification.serviceId()).orElseThrow();
            String signature = WebhookSignature.header(shop.merchantPublicId(), shop.serviceId().toString(),
                    notification.body(), credentials.currentKey(shop.serviceId()));
            return sender.send(notification.url(), notification.body(), signature);
        }
        catch (RuntimeException failure) {
            log.warn("Notification {} could not be prepared for sending", notification.id(), failure);
            return new Delivery(Outcome.CONNECT_ERROR, null, 0, "not sent: " + failure.getClass().getSimpleName(),
                    null);
        }
    }

    private void record(ClaimedNotification notification, Delivery delivery) {
        Instant now = clock.instant();
        Optional<Duration> retryIn = delivery.retryable() ? RetrySchedule.delayAfter(notification.attempt())
                : Optional.empty();
        @Nullable Instant nextAttempt = null;
        NotificationState state;
        if (delivery.delivered()) {
            state = NotificationState.DELIVERED;
        }
        else if (retryIn.isEmpty()) {
            state = NotificationState.FAILED;
        }
        else if (queue.hasNewerPending(notification.id())) {
            state = NotificationState.SUPERSEDED;
        }
        else {
            state = NotificationState.PENDING;
            nextAttempt = now.plus(retryIn.get());
        }
        queue.recordAttempt(notification, delivery, now, nextAttempt);
        if (!queue.finish(notification, delivery, state, nextAttempt, now)) {
            log.info("Notification {} attempt {} finished after its lease had passed to another node",
                    notification.id(), notification.attempt());
        }
    }

    @Override
    public void destroy() {
        claimer.shutdownNow();
        workers.shutdownNow();
    }
}
