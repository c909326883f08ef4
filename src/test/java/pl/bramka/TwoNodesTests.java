package pl.bramka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.Fixtures.TestShop;
import pl.bramka.HttpVisitor.Answer;
import pl.bramka.invoice.BuiltInInvoicing;
import pl.bramka.payment.Customer;
import pl.bramka.payment.NewPayment;
import pl.bramka.payment.Payment;
import pl.bramka.payment.PaymentSource;
import pl.bramka.payment.Payments;
import pl.bramka.payment.RefundsLeftNew;
import pl.bramka.payment.ReturnUrls;
import pl.bramka.payment.Transaction;
import pl.bramka.scheduledreport.MissedDailyReports;
import pl.bramka.user.Role;

/**
 * Two application nodes on one PostgreSQL, as behind a load balancer: two Spring contexts in this JVM, each with its
 * own web server, scheduler and connection pool, and each with its own SMTP server, so every e-mail shows which node
 * sent it. A session signed in on one node works on the other; under a load that keeps both nodes busy, with one node
 * stopped and started again while the work is in flight, every background job does each piece of work exactly once.
 * The nodes share a PostgreSQL of their own, so the suite's context (a third node with the test profile's long
 * intervals) takes no part.
 */
class TwoNodesTests {

    private static final int SHOPS = 3;
    private static final int SALES_PER_SHOP_AND_NODE = 10;
    private static final int EXPIRING_PER_NODE = 15;
    private static final int REFUNDS_LEFT_NEW = 8;
    private static final int REPORT_DAYS_MISSED = 3;
    private static final Duration DONE_WITHIN = Duration.ofSeconds(120);
    private static final Map<String, String> SHORT_INTERVALS = Map.ofEntries(
            Map.entry("bramka.mail.poll-interval", "100ms"),
            Map.entry("bramka.mail.retry-delay", "1s"),
            Map.entry("bramka.notifications.poll-interval", "100ms"),
            Map.entry("bramka.payments.expiry-interval", "200ms"),
            Map.entry("bramka.refunds.recovery-interval", "200ms"),
            Map.entry("bramka.payouts.run-interval", "200ms"),
            Map.entry("bramka.scheduled-reports.poll-interval", "200ms"),
            Map.entry("bramka.invoice.poll-interval", "200ms"),
            Map.entry("spring.lifecycle.timeout-per-shutdown-phase", "10s"));

    private static EmbeddedPostgres postgres;
    private static Path work;
    private static GreenMail mailOfA;
    private static GreenMail mailOfB;
    private static CountingWebhookReceiver webhooks;
    private static AppNode nodeA;
    private static AppNode nodeB;

    @BeforeAll
    static void startTwoNodes() throws IOException {
        postgres = EmbeddedPostgres.builder().setServerConfig("timezone", "UTC").start();
        work = Files.createDirectories(Path.of("target", "two-nodes", UUID.randomUUID().toString()));
        mailOfA = startMailServer();
        mailOfB = startMailServer();
        webhooks = new CountingWebhookReceiver();
        // One after the other: the first start migrates the empty database and seeds the demo merchant
        nodeA = startNode(mailOfA);
        nodeB = startNode(mailOfB);
    }

    @AfterAll
    static void stopTwoNodes() throws IOException {
        for (AutoCloseable part : new AutoCloseable[] {nodeB, nodeA, webhooks}) {
            try {
                if (part != null) {
                    part.close();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        mailOfA.stop();
        mailOfB.stop();
        postgres.close();
    }

    @Test
    void aSessionSignedInOnOneNodeWorksOnTheOther() {
        TestMerchant merchant = nodeA.bean(Fixtures.class).merchantWithAllRoles();
        String email = merchant.email(Role.REPRESENTATIVE);
        try (HttpVisitor onA = HttpVisitor.of(nodeA.baseUrl()); HttpVisitor onB = onA.sameBrowserAt(nodeB.baseUrl())) {
            assertThat(onA.signIn(email, Fixtures.PASSWORD).status()).isEqualTo(302);

            Answer profile = onB.get("/profile");

            assertThat(profile.status()).isEqualTo(200);
            assertThat(profile.body()).contains(email).doesNotContain("name=\"password\"");
        }
    }

    /**
     * What is asserted for webhooks is exactly once: the receiver is healthy and node B is stopped gracefully, so an
     * attempt in flight ends before the node does. (After a crash the contract is at least once: an attempt whose
     * answer was lost is made again when its lease ends.)
     */
    @Test
    void everyBackgroundJobRunsExactlyOnceAcrossBothNodesWithOneRestartedMidRun() throws Exception {
        JdbcClient jdbc = nodeA.bean(JdbcClient.class);
        Fixtures fixtures = nodeA.bean(Fixtures.class);
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        List<TestShop> shops = new ArrayList<>();
        for (int shop = 0; shop < SHOPS; shop++) {
            shops.add(fixtures.shopOf(merchant));
            jdbc.sql("update shop set notification_url = ? where service_id = ?")
                    .params(webhooks.url(), shops.get(shop).serviceId()).update();
            jdbc.sql("insert into shop_notification_email (service_id, email, position) values (?, ?, 0)")
                    .params(shops.get(shop).serviceId(), "shop-" + shop + "@two-nodes.example").update();
        }
        BuiltInInvoicing.switchOn(jdbc, shops.get(0));
        UUID owner = fixtures.signedIn(merchant.email(Role.REPRESENTATIVE)).id();
        List<UUID> schedules = List.of(
                nodeA.bean(MissedDailyReports.class).dueForTheLast(REPORT_DAYS_MISSED, merchant.id(), owner,
                        "reports-1@two-nodes.example"),
                nodeB.bean(MissedDailyReports.class).dueForTheLast(REPORT_DAYS_MISSED, merchant.id(), owner,
                        "reports-2@two-nodes.example"));

        List<Transaction> sales = new ArrayList<>();
        List<UUID> expiring = new ArrayList<>();
        ExecutorService load = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Transaction>>> selling = new ArrayList<>();
            List<Future<List<UUID>>> opening = new ArrayList<>();
            for (AppNode node : List.of(nodeA, nodeB)) {
                for (TestShop shop : shops) {
                    selling.add(load.submit(() -> IntStream.range(0, SALES_PER_SHOP_AND_NODE)
                            .mapToObj(sale -> node.bean(SettledSales.class).settled(shop, 1_000 + sale)).toList()));
                }
                opening.add(load.submit(() -> IntStream.range(0, EXPIRING_PER_NODE)
                        .mapToObj(payment -> expiringAttempt(node, shops.get(payment % SHOPS))).toList()));
            }
            for (Future<List<Transaction>> sold : selling) {
                sales.addAll(sold.get());
            }
            for (Future<List<UUID>> opened : opening) {
                expiring.addAll(opened.get());
            }
        } finally {
            load.shutdown();
        }
        // Of a shop without invoices: a correction invoice is not what this part is about
        List<Transaction> refunded = sales.subList(SALES_PER_SHOP_AND_NODE, SALES_PER_SHOP_AND_NODE + REFUNDS_LEFT_NEW);
        refunded.forEach(sale -> nodeA.bean(RefundsLeftNew.class).leaveNew(sale, 100));
        // As if their node had stopped two minutes ago: past the recovery's wait and their acquirer call's claim
        jdbc.sql("""
                update payment_transaction set created_at = created_at - interval '2 minutes',
                       acquirer_claimed_until = acquirer_claimed_until - interval '2 minutes'
                where type = 'refund' and status = 'new' and merchant_id = ?""").param(merchant.id()).update();
        // The sales fall on the three days before yesterday, which no settlement run has reached yet: in one
        // statement, so that no run sees a day with only part of its sales.
        jdbc.sql("""
                update payout_item item set occurred_at = item.occurred_at - make_interval(days => 2 + spread.day)
                from (select id, (row_number() over (partition by service_id order by id) % 3)::int as day
                      from payout_item where merchant_id = ? and kind = 'sale') spread
                where item.id = spread.id""").param(merchant.id()).update();

        nodeB.close();
        nodeB = startNode(mailOfB);

        await().atMost(DONE_WITHIN).pollInterval(Duration.ofMillis(500))
                .until(() -> workLeft(jdbc, merchant.id(), schedules), Map::isEmpty);

        assertWebhooksDeliveredOnce(jdbc, merchant.id());
        assertMailSentOnce(jdbc);
        assertExpiredOnce(jdbc, expiring);
        assertRefundsRecoveredOnce(jdbc, refunded);
        assertSettledOncePerShopAndDay(jdbc, merchant.id(), sales);
        assertReportsMadeOncePerDay(jdbc, schedules);
        assertInvoiceNumbersIssuedOnceWithoutGaps(jdbc, merchant.id(), SALES_PER_SHOP_AND_NODE * 2);
    }

    /** What is still to do, by job: empty once every job finished this test's work. */
    private static Map<String, Long> workLeft(JdbcClient jdbc, UUID merchantId, List<UUID> schedules) {
        Map<String, Long> left = Map.of(
                "webhooks", jdbc.sql("select count(*) from notification where merchant_id = ? and status <> 'DELIVERED'")
                        .param(merchantId).query(Long.class).single(),
                "e-mails", jdbc.sql("select count(*) from mail_outbox where status <> 'SENT'").query(Long.class)
                        .single(),
                "expiry", jdbc.sql("select count(*) from payment where merchant_id = ? and status = 'new'")
                        .param(merchantId).query(Long.class).single(),
                "refunds", jdbc.sql("select count(*) from payment_transaction where merchant_id = ? and status = 'new'")
                        .param(merchantId).query(Long.class).single(),
                "settlement", jdbc.sql("""
                        select count(*) from payout_item
                        where merchant_id = ? and kind = 'sale' and payout_id is null""")
                        .param(merchantId).query(Long.class).single(),
                "scheduled reports", jdbc.sql("""
                        select :expected - count(*) from scheduled_report_run
                        where schedule_id in (:ids) and status = 'DONE'""")
                        .param("expected", (long) REPORT_DAYS_MISSED * schedules.size()).param("ids", schedules)
                        .query(Long.class).single(),
                "invoices", jdbc.sql("select count(*) from invoice where merchant_id = ? and state = 'QUEUED'")
                        .param(merchantId).query(Long.class).single());
        return left.entrySet().stream().filter(job -> job.getValue() > 0)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static void assertWebhooksDeliveredOnce(JdbcClient jdbc, UUID merchantId) {
        List<String> written = jdbc.sql("select encode(sha256(body), 'hex') from notification where merchant_id = ?")
                .param(merchantId).query(String.class).list();
        assertThat(written).as("every notification has a body of its own").doesNotHaveDuplicates().isNotEmpty();
        assertThat(webhooks.receiptsByBodyDigest()).as("each notification received once")
                .isEqualTo(written.stream().collect(Collectors.toMap(Function.identity(), digest -> 1)));
    }

    private static void assertMailSentOnce(JdbcClient jdbc) throws MessagingException {
        Map<String, Long> written = jdbc.sql("select recipient, count(*) from mail_outbox group by recipient")
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<MimeMessage> received = new ArrayList<>(Arrays.asList(mailOfA.getReceivedMessages()));
        received.addAll(Arrays.asList(mailOfB.getReceivedMessages()));
        Map<String, Long> receivedByRecipient = new HashMap<>();
        for (MimeMessage message : received) {
            for (var recipient : message.getRecipients(Message.RecipientType.TO)) {
                receivedByRecipient.merge(recipient.toString(), 1L, Long::sum);
            }
        }
        assertThat(receivedByRecipient).as("each outbox row sent once").isEqualTo(written);
        assertThat(mailOfA.getReceivedMessages()).as("node A sent some").isNotEmpty();
        assertThat(mailOfB.getReceivedMessages()).as("node B sent some").isNotEmpty();
    }

    private static void assertExpiredOnce(JdbcClient jdbc, List<UUID> attempts) {
        assertThat(jdbc.sql("""
                select count(*) from transaction_status_change
                where transaction_id in (:ids) and event = 'EXPIRE'
                group by transaction_id""").param("ids", attempts).query(Long.class).list())
                .as("one expiry per attempt").hasSize(attempts.size()).containsOnly(1L);
    }

    private static void assertRefundsRecoveredOnce(JdbcClient jdbc, List<Transaction> sales) {
        assertThat(jdbc.sql("""
                select count(*) filter (where c.event = 'SETTLE') from payment_transaction r
                join transaction_status_change c on c.transaction_id = r.id
                where r.sale_id in (:ids) and r.type = 'refund'
                group by r.id""").param("ids", sales.stream().map(Transaction::id).toList()).query(Long.class).list())
                .as("every refund left new settled once").hasSize(sales.size()).containsOnly(1L);
    }

    private static void assertSettledOncePerShopAndDay(JdbcClient jdbc, UUID merchantId, List<Transaction> sales) {
        assertThat(jdbc.sql("select count(*) from payout where merchant_id = ? group by service_id, period")
                .param(merchantId).query(Long.class).list())
                .as("one payout per shop and day").hasSize(SHOPS * 3).containsOnly(1L);
        assertThat(jdbc.sql("""
                select coalesce(sum(sales_amount), 0) from payout where merchant_id = ?""").param(merchantId)
                .query(Long.class).single()).as("every sale paid out once")
                .isEqualTo(sales.stream().mapToLong(Transaction::amount).sum());
    }

    private static void assertReportsMadeOncePerDay(JdbcClient jdbc, List<UUID> schedules) {
        assertThat(jdbc.sql("""
                select count(*) from scheduled_report_run where schedule_id in (:ids)
                group by schedule_id, period_first""").param("ids", schedules).query(Long.class).list())
                .as("one run per schedule and day").hasSize(REPORT_DAYS_MISSED * schedules.size()).containsOnly(1L);
        assertThat(jdbc.sql("select attempts from scheduled_report_run where schedule_id in (:ids)")
                .param("ids", schedules).query(Integer.class).list()).as("each made in one attempt").containsOnly(1);
    }

    private static void assertInvoiceNumbersIssuedOnceWithoutGaps(JdbcClient jdbc, UUID merchantId, int invoices) {
        List<Integer> numbers = jdbc.sql("""
                select split_part(number, '/', 4)::int from invoice where merchant_id = ? and kind = 'VAT'
                order by 1""").param(merchantId).query(Integer.class).list();
        assertThat(numbers).as("numbers 1..n, each once").isEqualTo(IntStream.rangeClosed(1, invoices).boxed().toList());
    }

    /** A payer who chose a method and left: the attempt is new, and the payment valid for two seconds. */
    private static UUID expiringAttempt(AppNode node, TestShop shop) {
        Payments payments = node.bean(Payments.class);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Payment payment = payments.open(new NewPayment(shop.serviceId(), PaymentSource.WEB, 2_500, "PLN",
                "EXP/" + suffix, "Porzucone " + suffix, null, Customer.unknown(), null, null, ReturnUrls.none(), null,
                null, null, "pl", Instant.now().plusSeconds(2)));
        return payments.attempt(payment.id(), "blik").id();
    }

    private static AppNode startNode(GreenMail mail) {
        return AppNode.start(postgres.getJdbcUrl("postgres", "postgres"), mail.getSmtp().getPort(), work,
                SHORT_INTERVALS, Fixtures.class, SettledSales.class, RefundsLeftNew.class, MissedDailyReports.class);
    }

    private static GreenMail startMailServer() {
        GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        mail.start();
        return mail;
    }
}
