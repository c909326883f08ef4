package pl.bramka.payment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import pl.bramka.payment.acquirer.StatusDetails;
import pl.bramka.payment.acquirer.TransactionEvent;
import pl.bramka.shared.Money;
import pl.bramka.shop.ShopDirectory;

/**
 * Records every status a transaction takes: the new status, its timeline entry, the payment's status and the
 * {@link TransactionStatusChanged} event and the order it belongs to, all in the caller's database transaction. Locks
 * are taken payment first, then transaction, then order, everywhere, so concurrent changes queue up instead of
 * deadlocking.
 */
@Component
class StatusChanges {

    static final String CREATED = "CREATE";

    private final TransactionRepository transactions;
    private final PaymentRepository payments;
    private final OrderRepository orders;
    private final ShopDirectory shops;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StatusChanges(TransactionRepository transactions, PaymentRepository payments, OrderRepository orders,
            ShopDirectory shops, ApplicationEventPublisher events, Clock clock) {
        this.transactions = transactions;
        this.payments = payments;
        this.orders = orders;
        this.shops = shops;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records a transaction just inserted, with {@code payment} as its caller holds it locked. A new sale is the
     * payment's latest attempt, and attempts start only while nothing is paid, so the payment takes its status.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void created(Transaction transaction, Payment payment) {
        transactions.recordChange(transaction.id(), null, transaction.status(), CREATED, null, transaction.created());
        orders.created(transaction);
        Payment current = payment;
        if (transaction.type() == TransactionType.SALE && payment.status() != transaction.status()) {
            payments.updateStatus(payment.id(), transaction.status(), transaction.created());
            current = payments.find(payment.id()).orElseThrow();
        }
        events.publishEvent(new TransactionStatusChanged(transaction, null, current));
    }

    /**
     * Writes a new sale together with the payment opened for it, which takes the sale's status: both rows, the sale's
     * timeline entry and its order in one statement, then the event, in the caller's database transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void createdWithPayment(Transaction sale, Payment payment, @Nullable String idempotencyKey,
            @Nullable String idempotencyDigest) {
        if (sale.type() != TransactionType.SALE || payment.status() != sale.status()) {
            throw new IllegalArgumentException("A new payment takes the status of its first sale");
        }
        transactions.insertWithPayment(sale, payment, idempotencyKey, idempotencyDigest);
        events.publishEvent(new TransactionStatusChanged(sale, null, payment));
    }

    @Transactional
    Transaction apply(UUID transactionId, TransactionEvent event, StatusDetails details) {
        return change(locked(transactionId), event, details, clock.instant());
    }

    /** As {@link #apply}, recorded at a past moment: for history written as demo data (HistoricalSales). */
    @Transactional(propagation = Propagation.MANDATORY)
    Transaction applyAt(UUID transactionId, TransactionEvent event, StatusDetails details, Instant at) {
        return change(locked(transactionId), event, details, at);
    }

    /** Moves a new transaction to pending; empty when it is no longer new (another request got there first). */
    @Transactional
    Optional<Transaction> startIfNew(UUID transactionId) {
        Transaction before = locked(transactionId);
        if (before.status() != TransactionStatus.NEW) {
            return Optional.empty();
        }
        return Optional.of(change(before, TransactionEvent.START, StatusDetails.none(), clock.instant()));
    }

    /**
     * Cancels a payment its caller holds locked, after its open attempts were cancelled. Their changes may have
     * cancelled it already; otherwise this is a change of the payment alone, and {@link PaymentStatusChanged} says so.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Payment cancelPayment(UUID paymentId) {
        Payment before = payments.find(paymentId).orElseThrow();
        if (before.status() == TransactionStatus.CANCELLED) {
            return before;
        }
        payments.updateStatus(paymentId, TransactionStatus.CANCELLED, clock.instant());
        Payment cancelled = payments.find(paymentId).orElseThrow();
        events.publishEvent(new PaymentStatusChanged(cancelled, before.status()));
        return cancelled;
    }

    /** The transaction as it stands once its payment and then itself are locked. */
    private Transaction locked(UUID transactionId) {
        UUID paymentId = transactions.find(transactionId).orElseThrow(TransactionNotFound::new).paymentId();
        payments.lock(paymentId);
        return transactions.lock(transactionId).orElseThrow(TransactionNotFound::new);
    }

    private Transaction change(Transaction before, TransactionEvent event, StatusDetails details, Instant now) {
        TransactionStatus after = TransactionStateMachine.next(before.status(), event)
                .orElseThrow(() -> new IllegalTransition(before.status(), event));
        Long commission = after == TransactionStatus.SETTLED && before.type() == TransactionType.SALE
                ? commission(before) : null;
        transactions.updateStatus(before.id(), after, details, commission, now);
        transactions.recordChange(before.id(), before.status(), after, event.name(), details.statusCode(), now);
        Transaction changed = transactions.find(before.id()).orElseThrow();
        orders.changed(before, changed);
        events.publishEvent(new TransactionStatusChanged(changed, before.status(), refreshPayment(changed, now)));
        return changed;
    }

    /** A payment is settled once any sale settled; otherwise it shows how its latest attempt stands. */
    private Payment refreshPayment(Transaction changed, Instant now) {
        Payment payment = payments.find(changed.paymentId()).orElseThrow();
        if (changed.type() == TransactionType.REFUND) {
            return payment;
        }
        List<Transaction> attempts = transactions.ofPayment(payment.id());
        TransactionStatus status = attempts.stream().anyMatch(t -> t.status() == TransactionStatus.SETTLED)
                ? TransactionStatus.SETTLED : attempts.get(attempts.size() - 1).status();
        if (status != payment.status()) {
            payments.updateStatus(payment.id(), status, now);
            return payments.find(payment.id()).orElseThrow();
        }
        return payment;
    }

    private long commission(Transaction sale) {
        return shops.commission(sale.merchantId(), sale.serviceId(), sale.paymentMethodCode(), sale.currency())
                .map(commission -> commission.on(new Money(sale.amount(), sale.currency()))).orElse(0L);
    }
}
