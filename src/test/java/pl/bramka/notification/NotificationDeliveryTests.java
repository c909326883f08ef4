package pl.bramka.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.bramka.notification.Eventually.eventually;
import static pl.bramka.notification.Eventually.sleep;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import pl.bramka.Fixtures.TestShop;
import pl.bramka.IntegrationTest;
import pl.bramka.integration.ShopCredentials;
import pl.bramka.payment.Customer;
import pl.bramka.payment.NewPayment;
import pl.bramka.payment.PayerInput;
import pl.bramka.payment.Payment;
import pl.bramka.payment.PaymentProcessing;
import pl.bramka.payment.PaymentSource;
import pl.bramka.payment.Payments;
import pl.bramka.payment.Refunds;
import pl.bramka.payment.ReturnUrls;
import pl.bramka.payment.Transaction;
import pl.bramka.shop.ShopDirectory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Notifications from real status changes to real HTTP receivers on localhost, delivered by the application's own
 * background dispatcher (and, where the test says so, by further dispatchers standing for other nodes).
 */
class NotificationDeliveryTests extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Payments payments;

    @Autowired
    PaymentProcessing processing;

    @Autowired
    Refunds refunds;

    @Autowired
    DeliveryQueue queue;

    @Autowired
    WebhookSender sender;

    @Autowired
    ShopDirectory shops;

    @Autowired
    ShopCredentials credentials;

    @Autowired
    TransactionTemplate inTransaction;

    @Autowired
    WebhookSettings settings;

    TestShop shop;

    @BeforeEach
    void shop() {
        shop = fixtures.shopOf(fixtures.merchantWithAllRoles());
    }

    @Test
    void everyChangeOfASaleAndItsRefundArrivesSignedInOrderWithThePayment() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(shop)) {
            Payment payment = payments.open(newPayment("Zamówienie 1/2026", receiver.url()));
            Transaction sale = payments.attempt(payment.id(), "blik");
            processing.pay(sale.id(), new PayerInput.BlikCode("777123"));
            Transaction refund = refunds.refund(payments.transactionOfShop(shop.serviceId(), sale.id()).orElseThrow(),
                    300, "Zwrot", PaymentSource.WEB);

            eventually(() -> assertThat(statesOf(sale.id())).containsOnly("DELIVERED"));
            eventually(() -> assertThat(statesOf(refund.id())).isNotEmpty().containsOnly("DELIVERED"));
            receiver.assertAllSigned();
            List<JsonNode> bodies = receiver.received().stream().map(r -> JSON.readTree(r.body())).toList();
            List<String> saleStatuses = bodies.stream().filter(b -> b.at("/transaction/id").stringValue()
                    .equals(sale.id().toString())).map(b -> b.at("/transaction/status").stringValue()).toList();
            assertThat(saleStatuses).containsExactly("new", "pending", "settled");
            assertThat(bodies).allSatisfy(body -> {
                assertThat(body.at("/payment/id").stringValue()).isEqualTo(payment.id().toString());
                assertThat(body.at("/transaction/orderId").stringValue()).isEqualTo("Zamówienie 1/2026");
            });
            JsonNode settled = bodies.stream().filter(b -> b.at("/transaction/status").stringValue().equals("settled")
                    && b.at("/transaction/type").stringValue().equals("sale")).findFirst().orElseThrow();
            assertThat(settled.at("/payment/status").stringValue()).isEqualTo("settled");
            assertThat(settled.at("/action/url").stringValue()).endsWith("/pay/" + payment.id());
            JsonNode refunded = bodies.stream().filter(b -> b.at("/transaction/id").stringValue()
                    .equals(refund.id().toString()) && b.at("/transaction/status").stringValue().equals("settled"))
                    .findFirst().orElseThrow();
            assertThat(refunded.at("/transaction/type").stringValue()).isEqualTo("refund");
            assertThat(refunded.at("/transaction/amount").intValue()).isEqualTo(300);
            assertThat(refunded.has("action")).isFalse();
            assertThat(new String(receiver.received().get(0).body(), StandardCharsets.UTF_8))
                    .contains("\"orderId\":\"Zamówienie 1/2026\"").doesNotContain("\\/").doesNotContain("\\u");
        }
    }

    @Test
    void aPaymentCancelledWithoutAttemptsSendsThePaymentAloneToTheShopsUrl() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(shop)) {
            jdbc.sql("update shop set notification_url = ? where service_id = ?").params(receiver.url(),
                    shop.serviceId()).update();
            Payment payment = payments.open(newPayment("Link 7", null));
            payments.cancel(payment.id());

            eventually(() -> assertThat(receiver.count()).isEqualTo(1));
            receiver.assertAllSigned();
            JsonNode body = JSON.readTree(receiver.received().get(0).body());
            assertThat(body.propertyNames()).containsExactly("payment");
            assertThat(body.at("/payment/status").stringValue()).isEqualTo("cancelled");
        }
    }

    @Test
    void aFailingReceiverIsRetriedOnImojesScheduleAndThenGivenUp() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(shop).answering(request -> 500)) {
            Payment payment = payments.open(newPayment("Retry 1", receiver.url()));
            payments.cancel(payment.id());
            long id = jdbc.sql("select id from notification where payment_id = ?").param(payment.id())
                    .query(Long.class).single();

            for (int attempt = 1; attempt <= 24; attempt++) {
                int expected = attempt;
                eventually(() -> assertThat(finishedAttempts(id)).isEqualTo(expected));
                if (attempt == 24) {
                    break;
                }
                Instant finished = attemptFinishedAt(id, attempt);
                Instant next = nextAttemptAt(id);
                assertThat(Duration.between(finished, next)).as("after attempt %d", attempt)
                        .isEqualTo(RetrySchedule.delayAfter(attempt).orElseThrow());
                moveClockTo(next.minusSeconds(1));
                assertThat(claimedNow()).as("no attempt a second early").doesNotContain(id);
                assertThat(receiver.count()).isEqualTo(attempt);
                moveClockTo(next);
            }
            eventually(() -> assertThat(jdbc.sql("select status from notification where id = ?").param(id)
                    .query(String.class).single()).isEqualTo("FAILED"));
            assertThat(receiver.count()).isEqualTo(24);
            receiver.assertAllSigned();
        }
    }

    @Test
    void anAttemptOfANodeThatStoppedIsTakenOverWhenItsLeaseRunsOut() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(shop)) {
            ClaimedNotification claimed = queue.insertClaimed(notification(receiver.url(), UUID.randomUUID(),
                    "{\"crashed\":true}"), clock.instant(), clock.instant().plus(settings.lease()), "stopped-node");
            clock.advance(settings.lease().minusSeconds(1));
            assertThat(claimedNow()).as("leased by the stopped node").doesNotContain(claimed.id());
            assertThat(receiver.count()).isZero();

            clock.advance(Duration.ofSeconds(2));

            eventually(() -> assertThat(receiver.count()).isEqualTo(1));
            eventually(() -> assertThat(jdbc.sql("select outcome from notification_attempt where notification_id = ? "
                    + "order by attempt_no").param(claimed.id()).query(String.class).list())
                    .containsExactly("INTERRUPTED", "DELIVERED"));
            receiver.assertAllSigned();
        }
    }

    @Test
    void threeDispatchersOnOneDatabaseSendEveryAttemptOnceAndEachStreamInOrder() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(shop)) {
            List<UUID> streams = new ArrayList<>();
            for (int stream = 0; stream < 30; stream++) {
                streams.add(UUID.randomUUID());
            }
            for (int sequence = 0; sequence < 10; sequence++) {
                for (UUID stream : streams) {
                    queue.insert(notification(receiver.url(), stream,
                            "{\"stream\":\"" + stream + "\",\"sequence\":" + sequence + "}"), clock.instant());
                }
            }
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService nodes = Executors.newFixedThreadPool(2);
            List<Future<?>> otherNodes = new ArrayList<>();
            for (String node : List.of("node-b", "node-c")) {
                NotificationDispatcher dispatcher = node(node, Clock.systemUTC());
                otherNodes.add(nodes.submit(() -> {
                    while (running.get()) {
                        dispatcher.dispatchDue();
                        sleep(Duration.ofMillis(20));
                    }
                    dispatcher.destroy();
                }));
            }
            eventually(() -> assertThat(receiver.count()).isEqualTo(300));
            running.set(false);
            for (Future<?> node : otherNodes) {
                node.get();
            }
            nodes.shutdown();

            Map<String, List<Integer>> sequences = new HashMap<>();
            for (WebhookReceiver.Received request : receiver.received()) {
                JsonNode body = JSON.readTree(request.body());
                sequences.computeIfAbsent(body.get("stream").stringValue(), s -> new ArrayList<>())
                        .add(body.get("sequence").intValue());
            }
            assertThat(sequences).hasSize(30).allSatisfy((stream, sent) ->
                    assertThat(sent).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
            assertThat(jdbc.sql("""
                    select count(distinct a.node) from notification_attempt a join notification n
                    on n.id = a.notification_id where n.service_id = ?""").param(shop.serviceId())
                    .query(Integer.class).single()).as("the work was shared").isGreaterThan(1);
            receiver.assertAllSigned();
        }
    }

    /**
     * A node that shuts down finishes the attempts it has in flight and gives back the notifications it claimed and
     * did not start, so another node sends them at once rather than after the lease. The notifications are due an
     * hour ahead of the application's own dispatcher, so only the nodes of the test take them.
     */
    @Test
    void aStoppingNodeFinishesItsAttemptsInFlightAndGivesBackTheRestDueAtOnce() throws Exception {
        Clock ahead = Clock.offset(clock, Duration.ofHours(1));
        try (WebhookReceiver receiver = new WebhookReceiver(shop)) {
            receiver.holdRequests();
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                ids.add(queue.insert(notification(receiver.url(), UUID.randomUUID(), "{\"shutdown\":" + i + "}"),
                        ahead.instant()));
            }
            NotificationDispatcher stopping = node("stopping-node", ahead);
            stopping.dispatchDue();
            eventually(() -> assertThat(receiver.count()).isEqualTo(settings.perEndpoint()));
            assertThat(leased(ids)).as("claimed, most not started").isEqualTo(ids.size());

            CompletableFuture<Void> stopped = CompletableFuture.runAsync(stopping::stop);
            eventually(() -> assertThat(stopping.isRunning()).isFalse());
            assertThat(stopped).as("waits for the attempts in flight").isNotDone();
            receiver.release();
            stopped.get();

            assertThat(attemptsBy("stopping-node", ids)).as("the attempts in flight were finished")
                    .hasSize(settings.perEndpoint()).containsOnly("DELIVERED");
            List<Long> givenBack = jdbc.sql("""
                    select id from notification where id = any(?) and status = 'PENDING' and lease_until is null
                      and attempts = 0 and not exists (select 1 from notification_attempt a where a.notification_id = id)
                    order by id""").param(ids.toArray(Long[]::new)).query(Long.class).list();
            assertThat(givenBack).hasSize(ids.size() - settings.perEndpoint());

            NotificationDispatcher next = node("next-node", ahead);
            try {
                List<ClaimedNotification> taken = next.claimDue();
                assertThat(taken).as("taken by the next claim, not after the lease")
                        .extracting(ClaimedNotification::id).containsExactlyInAnyOrderElementsOf(givenBack);
                taken.forEach(next::deliver);
            }
            finally {
                next.destroy();
            }
            assertThat(receiver.count()).isEqualTo(ids.size());
            assertThat(attemptsBy("next-node", ids)).hasSize(givenBack.size()).containsOnly("DELIVERED");
            receiver.assertAllSigned();
        }
    }

    /**
     * A context can be stopped and started again without closing (Spring's test framework pauses the contexts it
     * caches): the dispatcher then delivers again, instead of handing back every claim to pools it shut down.
     */
    @Test
    void aDispatcherStoppedAndStartedAgainDeliversAgain() throws Exception {
        Clock ahead = Clock.offset(clock, Duration.ofHours(3));
        try (WebhookReceiver receiver = new WebhookReceiver(shop)) {
            NotificationDispatcher restarted = node("restarted-node", ahead);
            try {
                restarted.stop();
                restarted.start();
                assertThat(restarted.isRunning()).isTrue();
                queue.insert(notification(receiver.url(), UUID.randomUUID(), "{\"restarted\":true}"), ahead.instant());
                restarted.dispatchDue();
                eventually(() -> assertThat(receiver.count()).isEqualTo(1));
            }
            finally {
                restarted.destroy();
            }
            receiver.assertAllSigned();
        }
    }

    /**
     * Statistics gathered while nothing was pending make every pending index look empty, and a burst's claims then read
     * all pending rows for each candidate. A claim that takes more notifications than the statistics count gathers
     * them again. The notifications are due two hours ahead, so only the test's node takes them; nobody listens at
     * their addresses, and the test removes them at the end.
     */
    @Test
    void aClaimOfMoreNotificationsThanTheStatisticsCountGathersThemAgain() {
        Clock ahead = Clock.offset(clock, Duration.ofHours(2));
        jdbc.sql("analyze notification").update();
        List<Long> ids = new ArrayList<>();
        for (int endpoint = 0; endpoint < 8; endpoint++) {
            for (int i = 0; i < settings.perEndpoint() * NotificationDispatcher.PER_SLOT; i++) {
                ids.add(queue.insert(notification("http://127.0.0.1:" + (9 + endpoint) + "/burst", UUID.randomUUID(),
                        "{\"burst\":" + i + "}"), ahead.instant()));
            }
        }
        NotificationDispatcher node = node("burst-node", ahead);
        try {
            List<ClaimedNotification> taken = node.claimDue();
            assertThat(taken).hasSizeGreaterThanOrEqualTo(NotificationDispatcher.CLAIM_WORTH_A_STATISTICS_CHECK);
            assertThat(pendingInStatistics()).as("gathered with the burst pending").isGreaterThan(ids.size() / 2);
            inTransaction.executeWithoutResult(status -> queue.release(taken));
        }
        finally {
            node.destroy();
            jdbc.sql("delete from notification where id = any(?)").param(ids.toArray(Long[]::new)).update();
        }
    }

    private double pendingInStatistics() {
        return jdbc.sql("select reltuples from pg_class where oid = 'notification_due_idx'::regclass")
                .query(Double.class).single();
    }

    @Test
    void oneEndpointThatHangsDoesNotHoldUpTheOthers() throws Exception {
        try (WebhookReceiver slow = new WebhookReceiver(shop); WebhookReceiver healthy = new WebhookReceiver(shop)) {
            slow.holdRequests();
            for (int i = 0; i < 20; i++) {
                queue.insert(notification(slow.url(), UUID.randomUUID(), "{\"slow\":" + i + "}"),
                        clock.instant());
            }
            eventually(() -> assertThat(slow.count()).isEqualTo(settings.perEndpoint()));
            for (int i = 0; i < 10; i++) {
                queue.insert(notification(healthy.url(), UUID.randomUUID(), "{\"healthy\":" + i + "}"),
                        clock.instant());
            }

            eventually(() -> assertThat(healthy.count()).isEqualTo(10));
            assertThat(slow.count()).as("still held to its share").isEqualTo(settings.perEndpoint());
            slow.release();
            eventually(() -> assertThat(slow.count()).isEqualTo(20));
        }
    }

    @Test
    void aSettledSaleIsEmailedToTheShopsAddressesInPolishAndEnglish() throws Exception {
        jdbc.sql("insert into shop_notification_email (service_id, email, position) values (?, ?, 0), (?, ?, 1)")
                .params(shop.serviceId(), "biuro-" + shop.serviceId() + "@example.com", shop.serviceId(),
                        "ksiegowa-" + shop.serviceId() + "@example.com")
                .update();
        Payment payment = payments.open(newPayment("FV/2026/11/42", null));
        Transaction sale = payments.attempt(payment.id(), "blik");
        processing.pay(sale.id(), new PayerInput.BlikCode("777123"));

        eventually(() -> assertThat(mailTo("biuro-" + shop.serviceId() + "@example.com")).hasSize(1));
        MimeMessage mail = mailTo("biuro-" + shop.serviceId() + "@example.com").get(0);
        String text = mail.getContent().toString().replace('\u00a0', ' ');
        assertThat(mail.getSubject()).contains("FV/2026/11/42").contains("Zrealizowana transakcja")
                .contains("Completed transaction");
        assertThat(text).contains("Kwota: 25,99 zł").contains("Amount: PLN 25.99").contains("BLIK")
                .contains("/transactions/" + sale.id());
        eventually(() -> assertThat(mailTo("ksiegowa-" + shop.serviceId() + "@example.com")).hasSize(1));
    }

    /**
     * What a dispatcher on the test clock claims at this moment, delivered as the dispatcher would: a check that
     * something is not due needs no waiting for the background one to (not) act.
     */
    private List<Long> claimedNow() {
        NotificationDispatcher dispatcher = node("test-node", clock);
        try {
            List<ClaimedNotification> claimed = dispatcher.claimDue();
            claimed.forEach(dispatcher::deliver);
            return claimed.stream().map(ClaimedNotification::id).toList();
        }
        finally {
            dispatcher.destroy();
        }
    }

    private NotificationDispatcher node(String name, Clock nodeClock) {
        return new NotificationDispatcher(queue, sender, shops, credentials, inTransaction, settings, nodeClock, name,
                Duration.ofSeconds(30));
    }

    private int leased(List<Long> ids) {
        return jdbc.sql("select count(*) from notification where id = any(?) and lease_until is not null")
                .param(ids.toArray(Long[]::new)).query(Integer.class).single();
    }

    private List<String> attemptsBy(String node, List<Long> ids) {
        return jdbc.sql("select outcome from notification_attempt where node = ? and notification_id = any(?)")
                .params(node, ids.toArray(Long[]::new)).query(String.class).list();
    }
    private List<MimeMessage> mailTo(String address) {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : MAIL.getReceivedMessages()) {
            try {
                if (message.getAllRecipients()[0].toString().equals(address)) {
                    found.add(message);
                }
            }
            catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    private NewNotification notification(String url, UUID stream, String body) {
        return new NewNotification(shop.merchantId(), shop.serviceId(), stream, null, null, NotificationKind.TEST,
                "pending", NotificationTarget.of(url, NotificationTarget.Source.TRANSACTION),
                body.getBytes(StandardCharsets.UTF_8));
    }

    private NewPayment newPayment(String orderId, String notificationUrl) {
        return new NewPayment(shop.serviceId(), PaymentSource.API, 2599, "PLN", orderId, "Zakupy", null,
                new Customer("Jan", "Kowalski", "jan@example.com", null), null, null, ReturnUrls.none(),
                notificationUrl, null, null, "pl", null);
    }

    private List<String> statesOf(UUID transactionId) {
        return jdbc.sql("select status from notification where transaction_id = ?").param(transactionId)
                .query(String.class).list();
    }

    private int finishedAttempts(long id) {
        return jdbc.sql("select count(*) from notification_attempt where notification_id = ? and finished_at is not null")
                .param(id).query(Integer.class).single();
    }

    private Instant attemptFinishedAt(long id, int attempt) {
        return jdbc.sql("select finished_at from notification_attempt where notification_id = ? and attempt_no = ?")
                .params(id, attempt).query((rs, row) -> rs.getTimestamp(1).toInstant()).single();
    }

    private Instant nextAttemptAt(long id) {
        return jdbc.sql("select next_attempt_at from notification where id = ?").param(id)
                .query((rs, row) -> rs.getTimestamp(1).toInstant()).single();
    }

    private void moveClockTo(Instant target) {
        clock.advance(Duration.between(clock.instant(), target));
    }
}
