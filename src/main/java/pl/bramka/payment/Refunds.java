package pl.bramka.payment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import pl.bramka.payment.RefundRefused.Reason;

/**
 * Refunds of settled sales, full or partial. The sale's payment and the sale are locked while the remaining amount
 * is computed and the refund written, so concurrent requests queue up and their sum never exceeds the sale.
 * <p>
 * A written refund is {@code new} and holds its amount until the acquirer answers. It goes to the acquirer from one
 * call at a time ({@link TransactionRepository#claimForAcquirer}), outside any database transaction; an acquirer that
 * throws ends it in {@code error}. When the node stops in between, the refund is finished by a repeat of its request
 * (same idempotency key) or by {@link UnfinishedRefunds}, once its claim has run out.
 */
@Service
public class Refunds {

    /** How long one call to the acquirer may hold a refund before another call may take it over. */
    static final Duration ACQUIRER_CLAIM = Duration.ofMinutes(1);

    private final PaymentRepository payments;
    private final TransactionRepository transactions;
    private final StatusChanges statusChanges;
    private final PaymentProcessing processing;
    private final TransactionTemplate inTransaction;
    private final Clock clock;

    Refunds(PaymentRepository payments, TransactionRepository transactions, StatusChanges statusChanges,
            PaymentProcessing processing, TransactionTemplate inTransaction, Clock clock) {
        this.payments = payments;
        this.transactions = transactions;
        this.statusChanges = statusChanges;
        this.processing = processing;
        this.inTransaction = inTransaction;
        this.clock = clock;
    }

    public RefundQuote quote(Transaction sale) {
        return new RefundQuote(sale, sale.amount() - transactions.refundedOrReserved(sale.id()));
    }

    /**
     * Refunds {@code amount} of a settled sale and hands the refund to the acquirer. Returns the refund as the
     * acquirer left it (the sandbox settles at once; {@code error} when the acquirer failed).
     */
    public Transaction refund(Transaction sale, long amount, String title, PaymentSource source) {
        return finish(inTransaction.execute(status -> reserve(sale, amount, title, source, null, null)));
    }

    /**
     * As {@link #refund(Transaction, long, String, PaymentSource)}, once per {@code idempotencyKey}: a repeated call
     * with the same key (a double submit, a retried approval) returns the refund the first call made, finishing it
     * first if that call never did. A key used for another sale's refund is refused.
     */
    public Transaction refund(Transaction sale, long amount, String title, PaymentSource source,
            String idempotencyKey) {
        return refund(sale, amount, title, source, idempotencyKey, null);
    }

    /**
     * As {@link #refund(Transaction, long, String, PaymentSource, String)} for a request whose body has a digest (the
     * API's): the same key with another body is refused.
     */
    public Transaction refund(Transaction sale, long amount, String title, PaymentSource source,
            String idempotencyKey, @Nullable String requestDigest) {
        Transaction refund;
        try {
            refund = inTransaction.execute(status -> reserve(sale, amount, title, source, idempotencyKey,
                    requestDigest));
        } catch (DuplicateKeyException concurrentRepeat) {
            refund = earlierRefund(sale, idempotencyKey, requestDigest).orElseThrow();
        }
        return finish(refund);
    }

    /**
     * The first half of {@link #refund(Transaction, long, String, PaymentSource, String)}, in the caller's database
     * transaction, for a caller that decides under its own lock whether the refund may be made at all: writes the
     * refund (or finds the one an earlier call with the key wrote). Once that transaction has committed, {@link
     * #finish} hands it to the acquirer.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Transaction reserve(Transaction sale, long amount, String title, PaymentSource source,
            String idempotencyKey) {
        return reserve(sale, amount, title, source, idempotencyKey, null);
    }

    /**
     * Hands a refund that is still new to the acquirer, unless another call holds it; returns the refund as it then
     * stands.
     */
    public Transaction finish(Transaction refund) {
        Instant now = clock.instant();
        return transactions.claimForAcquirer(refund.id(), now, now.plus(ACQUIRER_CLAIM)).map(this::send)
                .orElseGet(() -> transactions.find(refund.id()).orElseThrow());
    }

    /** The refund an earlier call with this idempotency key made of the sale, if any. */
    public Optional<Transaction> refundedWith(Transaction sale, String idempotencyKey) {
        return transactions.findByIdempotencyKey(sale.serviceId(), idempotencyKey)
                .filter(earlier -> sale.id().equals(earlier.saleId()))
                .flatMap(earlier -> transactions.find(earlier.transactionId()));
    }

    /** Asks the acquirer to pay back a refund this node has claimed. */
    Transaction send(Transaction claimed) {
        return processing.refund(claimed, transactions.find(claimed.saleId()).orElseThrow());
    }

    /**
     * The refund an earlier request with this key made; refused when the key was used for anything else: another
     * sale, a sale itself, or another body.
     */
    private Optional<Transaction> earlierRefund(Transaction sale, String idempotencyKey,
            @Nullable String requestDigest) {
        return transactions.findByIdempotencyKey(sale.serviceId(), idempotencyKey).map(earlier -> {
            if (!sale.id().equals(earlier.saleId()) || !Objects.equals(requestDigest, earlier.digest())) {
                throw new RefundRefused(Reason.IDEMPOTENCY_KEY_REUSED);
            }
            return transactions.find(earlier.transactionId()).orElseThrow();
        });
    }

    /** The refund, written new; or the one an earlier request with the same key wrote. */
    private Transaction reserve(Transaction saleAsSeen, long amount, String title, PaymentSource source,
            @Nullable String idempotencyKey, @Nullable String requestDigest) {
        Payment payment = payments.lock(saleAsSeen.paymentId()).orElseThrow(TransactionNotFound::new);
        Transaction sale = transactions.lock(saleAsSeen.id()).orElseThrow(TransactionNotFound::new);
        if (idempotencyKey != null) {
            Optional<Transaction> earlier = earlierRefund(sale, idempotencyKey, requestDigest);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        if (sale.type() != TransactionType.SALE) {
            throw new RefundRefused(Reason.NOT_A_SALE);
        }
        if (sale.status() != TransactionStatus.SETTLED) {
            throw new RefundRefused(Reason.NOT_SETTLED);
        }
        RefundQuote quote = quote(sale);
        if (!quote.refundable()) {
            throw new RefundRefused(Reason.NOTHING_LEFT);
        }
        if (!quote.allows(amount)) {
            throw new RefundRefused(Reason.AMOUNT_ABOVE_REMAINING);
        }
        Instant now = clock.instant();
        Transaction refund = new Transaction(UUID.randomUUID(), sale.paymentId(), sale.merchantId(), sale.serviceId(),
                TransactionType.REFUND, TransactionStatus.NEW, source, amount, sale.currency(), sale.orderId(),
                title, sale.paymentMethod(), sale.paymentMethodCode(), sale.notificationUrl(), sale.id(), null, null,
                null, null, null, now, now);
        transactions.insert(refund, payment.customer(), idempotencyKey, requestDigest);
        statusChanges.created(refund, payment);
        return refund;
    }
}
