package pl.bramka.notification;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import pl.bramka.integration.ShopCredentials;
import pl.bramka.notification.Delivery.Outcome;
import pl.bramka.shop.GatewayShop;
import pl.bramka.shop.ShopDirectory;

/**
 * Delivers due notifications: claims them in a short database transaction, a few of one endpoint to each free
 * worker, which sends them one after another with no database connection held and then records all their outcomes,
 * with the next attempt of the retry schedule, in one transaction. Any number of nodes may run this side by side over
 * one database. On shutdown it claims no more, lets the attempts in flight finish, and gives back what it claimed
 * and did not start, so another node takes it at once instead of after the lease.
 */
@Component
class NotificationDispatcher implements SmartLifecycle, DisposableBean {

    /**
     * The most notifications of one endpoint a worker sends on one claim: enough that a busy endpoint costs a claim
     * and a record per this many attempts, few enough that they are done long before the lease ends.
     */
    static final int PER_SLOT = 16;
    /** A claim this big is worth checking the statistics the claim is planned with (see the queue). */
    static final int CLAIM_WORTH_A_STATISTICS_CHECK = 4 * PER_SLOT;
    private static final Duration STATISTICS_CHECK_INTERVAL = Duration.ofMinutes(1);

    private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);

    private final DeliveryQueue queue;
    private final WebhookSender sender;
    private final ShopDirectory shops;
    private final ShopCredentials credentials;
    private final TransactionTemplate inTransaction;
    private final WebhookSettings settings;
    private final Clock clock;
    private final String node;
    private final Duration stopWithin;
    private volatile ExecutorService workers;
    private volatile ExecutorService claimer;
    private final AtomicBoolean claimQueued = new AtomicBoolean();
    private final AtomicInteger slotsInUse = new AtomicInteger();
    private volatile boolean stopping;
    private volatile Instant nextStatisticsCheck = Instant.MIN;

    @Autowired
    NotificationDispatcher(DeliveryQueue queue, WebhookSender sender, ShopDirectory shops,
            ShopCredentials credentials, TransactionTemplate inTransaction, WebhookSettings settings, Clock clock,
            @Value("${spring.lifecycle.timeout-per-shutdown-phase:30s}") Duration stopWithin) {
        this(queue, sender, shops, credentials, inTransaction, settings, clock,
                ManagementFactory.getRuntimeMXBean().getName(), stopWithin);
    }

    NotificationDispatcher(DeliveryQueue queue, WebhookSender sender, ShopDirectory shops,
            ShopCredentials credentials, TransactionTemplate inTransaction, WebhookSettings settings, Clock clock,
            String node, Duration stopWithin) {
        this.queue = queue;
        this.sender = sender;
        this.shops = shops;
        this.credentials = credentials;
        this.inTransaction = inTransaction;
        this.settings = settings;
        this.clock = clock;
        this.node = node.length() <= 100 ? node : node.substring(0, 100);
        this.stopWithin = stopWithin;
        this.workers = newWorkers();
        this.claimer = newClaimer();
    }

    /**
     * Claims and starts what is due. Runs on a schedule for new and retried notifications, and again as soon as a
     * worker is done, so a busy endpoint gets its next notifications at once instead of at the next tick. The two
     * take turns, so they never both claim the same free workers. A slot's sending ends in time for its lease, which
     * runs from the claim.
     */
    @Scheduled(fixedDelayString = "${bramka.notifications.poll-interval:250ms}")
    synchronized void dispatchDue() {
        long leaseEnds = lastSendingStartBefore();
        for (List<ClaimedNotification> slot : bySlot(claimDue())) {
            try {
                workers.execute(() -> {
                    try {
                        deliver(slot, leaseEnds);
                    }
                    finally {
                        slotsInUse.decrementAndGet();
                        claimSoon();
                    }
                });
            }
            catch (RejectedExecutionException shuttingDown) {
                slotsInUse.decrementAndGet();
                inTransaction.executeWithoutResult(status -> queue.release(slot));
            }
        }
    }

    /** Queues one claim on the claiming thread; workers that finish together share it. */
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

    /** Claims due notifications for as many slots as this node has free workers; nothing once it is stopping. */
    List<ClaimedNotification> claimDue() {
        int free = settings.maxInFlight() - slotsInUse.get();
        if (free <= 0 || stopping) {
            return List.of();
        }
        Instant now = clock.instant();
        List<ClaimedNotification> claimed = inTransaction.execute(status -> queue.claim(now,
                now.plus(settings.lease()), free, PER_SLOT, settings.perEndpoint(), node));
        slotsInUse.addAndGet((int) claimed.stream().map(ClaimedNotification::slot).distinct().count());
        if (claimed.size() >= CLAIM_WORTH_A_STATISTICS_CHECK && !now.isBefore(nextStatisticsCheck)) {
            nextStatisticsCheck = now.plus(STATISTICS_CHECK_INTERVAL);
            queue.refreshStatisticsIfFewerPendingThan(claimed.size());
        }
        return claimed;
    }

    /** One attempt of a notification this node holds, recorded with what happens next. */
    Delivery deliver(ClaimedNotification notification) {
        return deliver(List.of(notification), lastSendingStartBefore()).get(0);
    }

    /** The {@link System#nanoTime()} after which an attempt could outlast a lease taken now. */
    private long lastSendingStartBefore() {
        return System.nanoTime() + settings.lease().minus(settings.timeout()).toNanos();
    }

    /**
     * Sends the notifications of one slot in order while they are delivered, the node is not stopping and another
     * attempt would end within the lease; records the outcomes and gives back the rest in one transaction. The shop's
     * key is read once per slot, so a rotated key signs from the next claim on.
     */
    private List<Delivery> deliver(List<ClaimedNotification> slot, long leaseEnds) {
        Map<UUID, Optional<Signer>> signers = new HashMap<>();
        List<Sent> sent = new ArrayList<>();
        for (ClaimedNotification notification : slot) {
            if (!sent.isEmpty() && (stopping || System.nanoTime() > leaseEnds
                    || !sent.get(sent.size() - 1).delivery().delivered())) {
                break;
            }
            Instant started = clock.instant();
            Signer signer = signers.computeIfAbsent(notification.serviceId(), this::signer).orElse(null);
            Delivery delivery = send(notification, signer);
            sent.add(new Sent(notification, started, delivery, clock.instant()));
        }
        List<ClaimedNotification> unsent = slot.subList(sent.size(), slot.size());
        inTransaction.executeWithoutResult(status -> {
            record(sent);
            queue.release(unsent);
        });
        return sent.stream().map(Sent::delivery).toList();
    }

    String node() {
        return node;
    }

    Duration lease() {
        return settings.lease();
    }

    private static List<List<ClaimedNotification>> bySlot(List<ClaimedNotification> claimed) {
        Map<UUID, List<ClaimedNotification>> slots = new LinkedHashMap<>();
        claimed.forEach(notification -> slots.computeIfAbsent(notification.slot(), s -> new ArrayList<>())
                .add(notification));
        return List.copyOf(slots.values());
    }

    private Optional<Signer> signer(UUID serviceId) {
        try {
            GatewayShop shop = shops.find(serviceId).orElseThrow();
            return Optional.of(new Signer(shop.merchantPublicId(), shop.serviceId().toString(),
                    credentials.currentKey(shop.serviceId())));
        }
        catch (RuntimeException failure) {
            log.warn("The key of shop {} could not be read to sign its notifications", serviceId, failure);
            return Optional.empty();
        }
    }

    private Delivery send(ClaimedNotification notification, @Nullable Signer signer) {
        if (signer == null) {
            return new Delivery(Outcome.CONNECT_ERROR, null, 0, "not sent: the shop's key could not be read", null);
        }
        return sender.send(notification.url(), notification.body(), signer.header(notification.body()));
    }

    private void record(List<Sent> sent) {
        List<DeliveryQueue.Outcome> outcomes = new ArrayList<>();
        for (Sent attempt : sent) {
            outcomes.add(outcome(attempt));
        }
        for (long lost : queue.finish(outcomes)) {
            log.info("Notification {} finished an attempt after its lease had passed to another node", lost);
        }
    }

    private DeliveryQueue.Outcome outcome(Sent attempt) {
        Instant finished = attempt.finished();
        ClaimedNotification notification = attempt.notification();
        Delivery delivery = attempt.delivery();
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
            nextAttempt = finished.plus(retryIn.get());
        }
        return new DeliveryQueue.Outcome(notification, delivery, attempt.started(), finished, state, nextAttempt);
    }

    /**
     * Starts, or starts again after a stop: a context can be stopped and started without being closed (Spring's test
     * framework pauses the contexts it caches), and the pools the stop shut down are then replaced.
     */
    @Override
    public void start() {
        if (workers.isShutdown()) {
            workers = newWorkers();
            claimer = newClaimer();
        }
        stopping = false;
    }

    /**
     * Claims no more, and waits within the shutdown phase for the workers: each finishes the attempt it is in and
     * gives back the notifications of its slot it has not started.
     */
    @Override
    public void stop() {
        stopping = true;
        claimer.shutdown();
        workers.shutdown();
        try {
            if (!workers.awaitTermination(stopWithin.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("Webhook attempts still running after {}; their notifications are retried after the lease",
                        stopWithin);
            }
        }
        catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return !stopping && !workers.isShutdown();
    }

    @Override
    public void destroy() {
        claimer.shutdownNow();
        workers.shutdownNow();
    }

    private ExecutorService newWorkers() {
        return Executors.newFixedThreadPool(settings.maxInFlight(), new CustomizableThreadFactory("webhook-"));
    }

    private static ExecutorService newClaimer() {
        return Executors.newSingleThreadExecutor(new CustomizableThreadFactory("webhook-claim-"));
    }

    private record Sent(ClaimedNotification notification, Instant started, Delivery delivery, Instant finished) {
    }

    private record Signer(String merchantPublicId, String serviceId, String key) {

        String header(byte[] body) {
            return WebhookSignature.header(merchantPublicId, serviceId, body, key);
        }
    }
}
