package pl.bramka.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.bramka.notification.Eventually.eventually;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import pl.bramka.Fixtures.TestShop;
import pl.bramka.IntegrationTest;
import pl.bramka.integration.ShopCredentials;
import pl.bramka.shop.ShopDirectory;

/**
 * A node that shuts down finishes the attempts it has in flight and gives back the notifications it claimed and did
 * not start, so another node sends them at once rather than after the lease. The notifications here are due an hour
 * ahead of the application's own dispatcher, so only the nodes of the test take them.
 */
class DispatcherShutdownTests extends IntegrationTest {

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

    @Test
    void aStoppingNodeFinishesItsAttemptsInFlightAndGivesBackTheRestDueAtOnce() throws Exception {
        TestShop shop = fixtures.shopOf(fixtures.merchantWithAllRoles());
        Clock ahead = Clock.offset(clock, Duration.ofHours(1));
        try (WebhookReceiver receiver = new WebhookReceiver(shop)) {
            receiver.holdRequests();
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                ids.add(queue.insert(new NewNotification(shop.merchantId(), shop.serviceId(), UUID.randomUUID(), null,
                        null, NotificationKind.TEST, "pending",
                        NotificationTarget.of(receiver.url(), NotificationTarget.Source.TRANSACTION),
                        ("{\"shutdown\":" + i + "}").getBytes(StandardCharsets.UTF_8)), ahead.instant()));
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
}
