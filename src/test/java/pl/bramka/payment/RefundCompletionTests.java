package pl.bramka.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import pl.bramka.Fixtures.TestShop;
import pl.bramka.IntegrationTest;
import pl.bramka.payment.acquirer.Acquirer;
import pl.bramka.payment.acquirer.AcquirerStep;
import pl.bramka.payment.acquirer.StatusDetails;
import pl.bramka.shared.NodeStopping;

/**
 * Every refund ends: settled, or in error with its amount free again. A refund the acquirer never answered (the node
 * stopped, the acquirer threw) must not keep its amount reserved for ever.
 */
class RefundCompletionTests extends IntegrationTest {

    @Autowired
    Payments payments;

    @Autowired
    PaymentProcessing processing;

    @Autowired
    Refunds refunds;

    @Autowired
    PaymentRepository paymentRows;

    @Autowired
    TransactionRepository transactionRows;

    @Autowired
    StatusChanges statusChanges;

    @Autowired
    TransactionTemplate inTransaction;

    TestShop shop;

    @BeforeEach
    void shop() {
        shop = fixtures.shopOf(fixtures.merchantWithAllRoles());
    }

    @Test
    void anAcquirerExceptionEndsTheRefundInErrorAndReleasesItsAmount() {
        Transaction sale = settledSale(1_000);

        Transaction refund = refundsThrough(new UnreachableAcquirer()).refund(sale, 400, "Zwrot", PaymentSource.API);

        assertThat(refund.status()).isEqualTo(TransactionStatus.ERROR);
        assertThat(refund.statusCode()).isEqualTo(PaymentProcessing.ACQUIRER_UNAVAILABLE);
        assertThat(refunds.quote(sale).remaining()).as("a failed refund reserves nothing").isEqualTo(1_000);
    }

    @Test
    void aRepeatWithTheSameKeyFinishesARefundLeftNew() {
        Transaction sale = settledSale(1_000);
        assertThatThrownBy(() -> refundsThrough(new StoppingAcquirer())
                .refund(sale, 400, "Zwrot", PaymentSource.WEB, "panel:left-new")).isInstanceOf(NodeStopped.class);
        assertThat(payments.refundsOf(sale)).singleElement().extracting(Transaction::status)
                .isEqualTo(TransactionStatus.NEW);
        clock.advance(Duration.ofMinutes(2));

        Transaction repeated = refunds.refund(sale, 400, "Zwrot", PaymentSource.WEB, "panel:left-new");

        assertThat(repeated.status()).isEqualTo(TransactionStatus.SETTLED);
        assertThat(payments.refundsOf(sale)).singleElement().extracting(Transaction::id)
                .isEqualTo(repeated.id());
        assertThat(refunds.quote(sale).remaining()).isEqualTo(600);
    }

    @Test
    void anIdempotencyKeyUsedForAnotherSalesRefundIsRefused() {
        Transaction first = settledSale(1_000);
        Transaction second = settledSale(2_000);
        refunds.refund(first, 100, "Zwrot", PaymentSource.API, "retry-7");

        assertThatThrownBy(() -> refunds.refund(second, 100, "Zwrot", PaymentSource.API, "retry-7"))
                .isInstanceOf(RefundRefused.class).hasMessage("IDEMPOTENCY_KEY_REUSED");
        assertThat(payments.refundsOf(second)).isEmpty();
    }

    @Test
    void theRecoveryJobFinishesRefundsLeftNewPastAMinuteOnceEvenWhenTwoNodesRunItAtOnce() throws Exception {
        Transaction sale = settledSale(1_000);
        Refunds stopping = refundsThrough(new StoppingAcquirer());
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> stopping.refund(sale, 100, "Zwrot", PaymentSource.API))
                    .isInstanceOf(NodeStopped.class);
        }
        CountingAcquirer acquirer = new CountingAcquirer();
        UnfinishedRefunds node = new UnfinishedRefunds(transactionRows, refundsThrough(acquirer), new NodeStopping(), clock);
        UnfinishedRefunds otherNode = new UnfinishedRefunds(transactionRows, refundsThrough(acquirer), new NodeStopping(), clock);
        node.finishRefundsLeftNew();
        assertThat(acquirer.callsFor(sale)).as("a refund under a minute old may still get its answer").isZero();

        clock.advance(Duration.ofMinutes(2));
        assertThatThrownBy(() -> stopping.refund(sale, 100, "Zwrot", PaymentSource.API))
                .isInstanceOf(NodeStopped.class);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            for (Future<Object> run : nodes.invokeAll(List.of(runAfter(together, node), runAfter(together, otherNode)))) {
                run.get();
            }
        } finally {
            nodes.shutdown();
        }

        assertThat(acquirer.callsFor(sale)).as("three refunds, each sent once").isEqualTo(3);
        assertThat(payments.refundsOf(sale)).extracting(Transaction::status).containsExactlyInAnyOrder(
                TransactionStatus.SETTLED, TransactionStatus.SETTLED, TransactionStatus.SETTLED,
                TransactionStatus.NEW);
        assertThat(payments.refundsOf(sale)).allSatisfy(refund -> assertThat(payments.timeline(refund))
                .extracting(StatusChange::event).isSubsetOf("CREATE", "SETTLE").doesNotHaveDuplicates());
        assertThat(refunds.quote(sale).remaining()).as("the young one still holds its amount").isEqualTo(600);
    }

    @Test
    void aStoppingNodeSendsTheRefundItIsAtAndGivesBackTheRestOfItsClaimsForAnotherNodeAtOnce() {
        Transaction sale = settledSale(1_000);
        Refunds stopping = refundsThrough(new StoppingAcquirer());
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> stopping.refund(sale, 100, "Zwrot", PaymentSource.API))
                    .isInstanceOf(NodeStopped.class);
        }
        clock.advance(Duration.ofMinutes(2));
        NodeStopping stoppingNode = new NodeStopping();
        CountingAcquirer acquirer = new CountingAcquirer();
        new UnfinishedRefunds(transactionRows, refundsThrough(new StopsItsNodeOnFirstCall(acquirer, stoppingNode)),
                stoppingNode, clock).finishRefundsLeftNew();

        assertThat(acquirer.callsFor(sale)).as("at most the refund it was at when stopped").isLessThanOrEqualTo(1);
        assertThat(jdbc.sql("""
                select count(*) from payment_transaction
                where sale_id = ? and status = 'new' and acquirer_claimed_until is not null""").param(sale.id())
                .query(Long.class).single()).as("refunds claimed and not sent are free for the next node").isZero();

        new UnfinishedRefunds(transactionRows, refundsThrough(acquirer), new NodeStopping(), clock)
                .finishRefundsLeftNew();

        assertThat(acquirer.callsFor(sale)).as("three refunds, each sent once").isEqualTo(3);
        assertThat(payments.refundsOf(sale)).extracting(Transaction::status).containsOnly(TransactionStatus.SETTLED);
    }

    private static Callable<Object> runAfter(CyclicBarrier together, UnfinishedRefunds node) {
        return () -> {
            together.await();
            node.finishRefundsLeftNew();
            return null;
        };
    }

    private Refunds refundsThrough(Acquirer acquirer) {
        return new Refunds(paymentRows, transactionRows, statusChanges,
                new PaymentProcessing(acquirer, statusChanges, payments, transactionRows), inTransaction, clock);
    }

    private Transaction settledSale(long amount) {
        Payment payment = payments.open(new NewPayment(shop.serviceId(), PaymentSource.WEB, amount, "PLN",
                "Refundable", "Zakupy", null, Customer.unknown(), null, null, ReturnUrls.none(), null, null, null,
                "pl", null));
        Transaction sale = payments.attempt(payment.id(), "blik");
        return processing.pay(sale.id(), new PayerInput.BlikCode("777123")).transaction();
    }

    /** What a node going down in the middle of the acquirer's call looks like to the code after it: nothing. */
    static final class NodeStopped extends Error {

        NodeStopped() {
            super("the node stopped");
        }
    }

    static final class StoppingAcquirer implements Acquirer {

        @Override
        public AcquirerStep pay(Transaction sale, Payment payment, PayerInput input) {
            throw new NodeStopped();
        }

        @Override
        public AcquirerStep refund(Transaction refund, Transaction sale) {
            throw new NodeStopped();
        }
    }

    /** An acquirer that settles every refund and remembers which sales it was asked about. */
    private static final class CountingAcquirer implements Acquirer {

        private final List<UUID> refundedSales = new CopyOnWriteArrayList<>();

        long callsFor(Transaction sale) {
            return refundedSales.stream().filter(sale.id()::equals).count();
        }

        @Override
        public AcquirerStep pay(Transaction sale, Payment payment, PayerInput input) {
            throw new UnsupportedOperationException();
        }

        @Override
        public AcquirerStep refund(Transaction refund, Transaction sale) {
            refundedSales.add(sale.id());
            return AcquirerStep.Decided.settled(StatusDetails.none());
        }
    }

    /** The context of the node running it closes during its first refund call, which still completes. */
    private record StopsItsNodeOnFirstCall(Acquirer acquirer, NodeStopping node) implements Acquirer {

        @Override
        public AcquirerStep pay(Transaction sale, Payment payment, PayerInput input) {
            throw new UnsupportedOperationException();
        }

        @Override
        public AcquirerStep refund(Transaction refund, Transaction sale) {
            node.onApplicationEvent(new ContextClosedEvent(new StaticApplicationContext()));
            return acquirer.refund(refund, sale);
        }
    }

    private static final class UnreachableAcquirer implements Acquirer {

        @Override
        public AcquirerStep pay(Transaction sale, Payment payment, PayerInput input) {
            throw new IllegalStateException("connection refused");
        }

        @Override
        public AcquirerStep refund(Transaction refund, Transaction sale) {
            throw new IllegalStateException("connection refused");
        }
    }
}
