package pl.bramka.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.bramka.Fixtures.TestShop;
import pl.bramka.IntegrationTest;
import pl.bramka.payment.acquirer.Acquirer;
import pl.bramka.payment.acquirer.AcquirerStep;
import pl.bramka.payment.acquirer.StatusDetails;

class PaymentCoreTests extends IntegrationTest {

    @Autowired
    Payments payments;

    @Autowired
    PaymentProcessing processing;

    @Autowired
    Refunds refunds;

    @Autowired
    PaymentExpiry expiry;

    @Autowired
    StatusChanges statusChanges;

    @Autowired
    TransactionRepository transactions;

    TestShop shop;

    @BeforeEach
    void shop() {
        shop = fixtures.shopOf(fixtures.merchantWithAllRoles());
    }

    @Test
    void aBlikPaymentSettlesWithItsTimelineAndCommission() {
        Payment payment = payments.open(newPayment(10_000, "Order 1", null));
        Transaction sale = payments.attempt(payment.id(), "blik");

        Transaction paid = processing.pay(sale.id(), new PayerInput.BlikCode("777123")).transaction();

        assertThat(paid.status()).isEqualTo(TransactionStatus.SETTLED);
        assertThat(paid.blikTransactionId()).matches("\\d{12}");
        assertThat(paid.commission()).as("1.29% of 100 zł, no fixed fee for BLIK").isPositive();
        assertThat(payments.timeline(sale)).extracting(StatusChange::to)
                .containsExactly(TransactionStatus.NEW, TransactionStatus.PENDING, TransactionStatus.SETTLED);
        assertThat(payments.payment(payment.id()).orElseThrow().status()).isEqualTo(TransactionStatus.SETTLED);
        assertThatThrownBy(() -> payments.attempt(payment.id(), "blik")).isInstanceOf(PaymentRefused.class);
    }

    @Test
    void aRejectedAttemptLeavesThePaymentPayableByAnotherMethod() {
        Payment payment = payments.open(newPayment(5_000, "Order 2", null));
        Transaction blik = payments.attempt(payment.id(), "blik");
        Transaction rejected = processing.pay(blik.id(), new PayerInput.BlikCode("111111")).transaction();

        assertThat(rejected.status()).isEqualTo(TransactionStatus.REJECTED);
        assertThat(rejected.statusCode()).startsWith("BLK-ERROR-");
        assertThat(payments.payment(payment.id()).orElseThrow().status()).isEqualTo(TransactionStatus.REJECTED);
        Transaction card = payments.attempt(payment.id(), "ecom3ds");
        assertThat(payments.payment(payment.id()).orElseThrow().status()).as("the new attempt is the latest")
                .isEqualTo(TransactionStatus.NEW);
        assertThat(processing.pay(card.id(), new PayerInput.Card("4111111111111111", 12, 2029, "123"))
                .transaction().status()).isEqualTo(TransactionStatus.SETTLED);
        assertThat(payments.timeline(card)).extracting(StatusChange::to).containsExactly(
                TransactionStatus.NEW, TransactionStatus.PENDING, TransactionStatus.AUTHORIZED,
                TransactionStatus.SETTLED);
    }

    @Test
    void choosingTheSameMethodAgainContinuesTheNewAttemptEvenWhenSubmittedTwiceAtOnce() throws Exception {
        Payment payment = payments.open(newPayment(2_000, "Order 7", null));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Transaction>> clicks = pool.invokeAll(List.of(() -> payments.attempt(payment.id(), "blik"),
                () -> payments.attempt(payment.id(), "blik")));
        pool.shutdown();

        assertThat(clicks.get(0).get().id()).isEqualTo(clicks.get(1).get().id());
        assertThat(payments.attempts(payment)).hasSize(1);
        Transaction card = payments.attempt(payment.id(), "ecom3ds");
        assertThat(card.id()).as("another method is another attempt").isNotEqualTo(clicks.get(0).get().id());
        assertThat(payments.latestAttempt(payment).map(Transaction::id)).contains(card.id());
    }

    @Test
    void twoRequestsToPayOneSaleAtOnceReachTheAcquirerOnce() throws Exception {
        Payment payment = payments.open(newPayment(3_000, "Order 8", null));
        Transaction sale = payments.attempt(payment.id(), "blik");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<PaymentProcessing.Processed>> submits = pool.invokeAll(List.of(
                () -> processing.pay(sale.id(), new PayerInput.BlikCode("777123")),
                () -> processing.pay(sale.id(), new PayerInput.BlikCode("777123"))));
        pool.shutdown();

        for (Future<PaymentProcessing.Processed> submit : submits) {
            assertThat(submit.get().transaction().id()).isEqualTo(sale.id());
        }
        assertThat(payments.timeline(sale)).extracting(StatusChange::event)
                .containsExactly("CREATE", "START", "SETTLE");
    }

    @Test
    void fiftyConcurrentRefundsNeverExceedTheSale() throws Exception {
        Transaction sale = settledSale(1_000);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Boolean>> requests = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            requests.add(() -> {
                try {
                    refunds.refund(sale, 30, "Zwrot", PaymentSource.API);
                    return true;
                } catch (RefundRefused refused) {
                    return false;
                }
            });
        }
        long succeeded = 0;
        for (Future<Boolean> result : pool.invokeAll(requests)) {
            succeeded += result.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(succeeded).isEqualTo(33);
        assertThat(payments.refundsOf(sale)).hasSize(33)
                .allSatisfy(refund -> assertThat(refund.status()).isEqualTo(TransactionStatus.SETTLED));
        assertThat(refunds.quote(sale).remaining()).isEqualTo(10);
    }

    @Test
    void aRefundAboveWhatRemainsOrOfAnUnsettledSaleIsRefusedAndWritesNothing() {
        Transaction sale = settledSale(1_000);
        refunds.refund(sale, 600, "Część", PaymentSource.API);
        assertThatThrownBy(() -> refunds.refund(sale, 401, "Za dużo", PaymentSource.API))
                .isInstanceOf(RefundRefused.class).extracting("reason")
                .isEqualTo(RefundRefused.Reason.AMOUNT_ABOVE_REMAINING);
        Payment unpaid = payments.open(newPayment(1_000, "Order 3", null));
        Transaction open = payments.attempt(unpaid.id(), "blik");
        assertThatThrownBy(() -> refunds.refund(open, 100, "x", PaymentSource.API))
                .isInstanceOf(RefundRefused.class).extracting("reason").isEqualTo(RefundRefused.Reason.NOT_SETTLED);
        assertThat(payments.refundsOf(sale)).hasSize(1);
        assertThat(payments.refundsOf(open)).isEmpty();
    }

    @Test
    void unpaidPaymentsPastTheirValidityAreCancelled() {
        Instant later = clock.instant().plusSeconds(600);
        Payment untouched = payments.open(newPayment(1_000, "Order 4", later));
        Payment chosen = payments.open(newPayment(1_000, "Order 5", later));
        Transaction notStarted = payments.attempt(chosen.id(), "ing");
        Payment refused = payments.open(newPayment(1_000, "Order 5b", later));
        Transaction rejected = processing.pay(payments.attempt(refused.id(), "blik").id(),
                new PayerInput.BlikCode("111111")).transaction();
        jdbc.sql("update payment set valid_to = now() - interval '1 second' where id in (?, ?, ?)")
                .params(untouched.id(), chosen.id(), refused.id()).update();

        expiry.cancelExpired();

        assertThat(payments.payment(refused.id()).orElseThrow().status()).isEqualTo(TransactionStatus.CANCELLED);
        assertThat(payments.transaction(rejected.id()).orElseThrow().status()).as("a refusal stays what it was")
                .isEqualTo(TransactionStatus.REJECTED);

        assertThat(payments.payment(untouched.id()).orElseThrow().status()).isEqualTo(TransactionStatus.CANCELLED);
        assertThat(payments.payment(chosen.id()).orElseThrow().status()).isEqualTo(TransactionStatus.CANCELLED);
        assertThat(payments.transaction(notStarted.id()).orElseThrow().status())
                .isEqualTo(TransactionStatus.CANCELLED);
        assertThat(payments.timeline(notStarted)).extracting(StatusChange::event).containsExactly("CREATE",
                "EXPIRE");
    }

    @Test
    void aPaymentWhoseAttemptIsAtTheBankOutlivesItsValidityAndTakesTheBanksLateAnswer() {
        Payment atBank = payments.open(newPayment(1_000, "Order 5c", clock.instant().plusSeconds(600)));
        Transaction pending = processing.pay(payments.attempt(atBank.id(), "ing").id(), new PayerInput.None())
                .transaction();
        assertThat(pending.status()).isEqualTo(TransactionStatus.PENDING);
        jdbc.sql("update payment set valid_to = now() - interval '1 second' where id = ?").param(atBank.id())
                .update();

        expiry.cancelExpired();

        assertThat(payments.transaction(pending.id()).orElseThrow().status()).as("waiting for the bank")
                .isEqualTo(TransactionStatus.PENDING);
        assertThat(payments.payment(atBank.id()).orElseThrow().status()).isEqualTo(TransactionStatus.PENDING);
        processing.complete(pending.id(), AcquirerStep.Decided.settled(StatusDetails.none()));
        assertThat(payments.payment(atBank.id()).orElseThrow().status()).isEqualTo(TransactionStatus.SETTLED);
    }

    @Test
    void aPaymentWhoseAttemptTheBankRefusedAfterItsValidityIsCancelledThen() {
        Payment atBank = payments.open(newPayment(1_000, "Order 5d", clock.instant().plusSeconds(600)));
        Transaction pending = processing.pay(payments.attempt(atBank.id(), "ing").id(), new PayerInput.None())
                .transaction();
        jdbc.sql("update payment set valid_to = now() - interval '1 second' where id = ?").param(atBank.id())
                .update();
        expiry.cancelExpired();

        processing.complete(pending.id(), AcquirerStep.Decided.rejected("BANK-REJECTED", "Rejected"));
        expiry.cancelExpired();

        assertThat(payments.transaction(pending.id()).orElseThrow().status()).isEqualTo(TransactionStatus.REJECTED);
        assertThat(payments.payment(atBank.id()).orElseThrow().status()).isEqualTo(TransactionStatus.CANCELLED);
    }

    @Test
    void aProviderErrorTitleEndsInError() {
        Payment payment = payments.open(new NewPayment(shop.serviceId(), PaymentSource.WEB, 1_000, "PLN", "Order 6",
                "TEST-100010", null, Customer.unknown(), null, null, ReturnUrls.none(), null, null, null, null, null));
        Transaction sale = payments.attempt(payment.id(), "blik");
        assertThat(processing.pay(sale.id(), new PayerInput.BlikCode("777123")).transaction().status())
                .isEqualTo(TransactionStatus.ERROR);
    }

    @Test
    void anAcquirerThatFailsLeavesTheSaleInErrorNotStuckPending() {
        Acquirer unreachable = new Acquirer() {
            @Override
            public AcquirerStep pay(Transaction sale, Payment payment, PayerInput input) {
                throw new IllegalStateException("connection refused");
            }

            @Override
            public AcquirerStep refund(Transaction refund, Transaction sale) {
                throw new IllegalStateException("connection refused");
            }
        };
        Payment payment = payments.open(newPayment(1_000, "Order 9", null));
        Transaction sale = payments.attempt(payment.id(), "blik");

        Transaction failed = new PaymentProcessing(unreachable, statusChanges, payments, transactions)
                .pay(sale.id(), new PayerInput.BlikCode("777123")).transaction();

        assertThat(failed.status()).isEqualTo(TransactionStatus.ERROR);
        assertThat(failed.statusCode()).isEqualTo(PaymentProcessing.ACQUIRER_UNAVAILABLE);
    }

    @Test
    void aStatusChangeCommitsOnlyTogetherWithWhatItsListenersWrite() {
        Payment payment = payments.open(new NewPayment(shop.serviceId(), PaymentSource.WEB, 1_000, "PLN", "Order 7",
                FailingStatusListener.TITLE, null, Customer.unknown(), null, null, ReturnUrls.none(), null, null,
                null, null, null));
        Transaction sale = payments.attempt(payment.id(), "blik");

        assertThatThrownBy(() -> processing.pay(sale.id(), new PayerInput.BlikCode("777123")))
                .hasMessageContaining("listener failed");

        assertThat(payments.transaction(sale.id()).orElseThrow().status()).isEqualTo(TransactionStatus.PENDING);
        assertThat(payments.timeline(sale)).extracting(StatusChange::to)
                .as("the settlement was undone; the claim before it had committed on its own")
                .containsExactly(TransactionStatus.NEW, TransactionStatus.PENDING);
        assertThat(payments.payment(payment.id()).orElseThrow().status()).isEqualTo(TransactionStatus.PENDING);
    }

    private Transaction settledSale(long amount) {
        Payment payment = payments.open(newPayment(amount, "Refundable", null));
        Transaction sale = payments.attempt(payment.id(), "blik");
        return processing.pay(sale.id(), new PayerInput.BlikCode("777123")).transaction();
    }

    private NewPayment newPayment(long amount, String orderId, Instant validTo) {
        return new NewPayment(shop.serviceId(), PaymentSource.WEB, amount, "PLN", orderId, "Zakupy", null,
                new Customer("Jan", "Kowalski", "jan@example.com", null), null, null, ReturnUrls.none(), null, null,
                null, "pl", validTo);
    }
}
