package pl.bramka.payment;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import pl.bramka.payment.RefundRefused.Reason;

/**
 * Refunds of settled sales, full or partial. The sale's payment and the sale are locked while the remaining amount
 * is computed and the refund written, so concurrent requests queue up and their sum never exceeds the sale.
 */
@Service
public class Refunds {

    private final PaymentRepository payments;
    private final TransactionRepository transactions;
    private final StatusChanges statusChanges;
    private final PaymentProcessing processing;
    private final Acquirer acquirer;
    private final TransactionTemplate inTransaction;
    private final Clock clock;

    Refunds(PaymentRepository payments, TransactionRepository transactions, StatusChanges statusChanges,
            PaymentProcessing processing, Acquirer acquirer, TransactionTemplate inTransaction, Clock clock) {
        this.payments = payments;
        this.transactions = transactions;
        this.statusChanges = statusChanges;
        this.processing = processing;
        this.acquirer = acquirer;
        this.inTransaction = inTransaction;
        this.clock = clock;
    }

    public RefundQuote quote(Transaction sale) {
        return new RefundQuote(sale, sale.amount() - transactions.refundedOrReserved(sale.id()));
    }

    /**
     * Refunds {@code amount} of a settled sale and hands the refund to the acquirer. Returns the refund as the
     * acquirer left it (the sandbox settles at once).
     */
    public Transaction refund(Transaction sale, long amount, String title, PaymentSource source) {
        Reserved reserved = inTransaction.execute(status -> reserve(sale, amount, title, source, null));
        return process(reserved.refund(), sale);
    }

    /**
     * As {@link #refund(Transaction, long, String, PaymentSource)}, once per {@code idempotencyKey}: a repeated call
     * with the same key (a double submit, a retried approval) returns the refund the first call made, as it stands.
     */
    public Transaction refund(Transaction sale, long amount, String title, PaymentSource source,
            String idempotencyKey) {
        Reserved reserved;
        try {
            reserved = inTransaction.execute(status -> reserve(sale, amount, title, source, idempotencyKey));
        } catch (DuplicateKeyException concurrentRepeat) {
            reserved = new Reserved(earlierRefund(sale.serviceId(), idempotencyKey).orElseThrow(), true);
        }
        return reserved.earlier() ? reserved.refund() : process(reserved.refund(), sale);
    }

    /** The refund an earlier call with this idempotency key made of the sale, if any. */
    public Optional<Transaction> refundedWith(Transaction sale, String idempotencyKey) {
        return earlierRefund(sale.serviceId(), idempotencyKey)
                .filter(refund -> sale.id().equals(refund.saleId()));
    }

    private Transaction process(Transaction refund, Transaction sale) {
        return processing.apply(refund, acquirer.refund(refund, sale)).transaction();
    }

    private record Reserved(Transaction refund, boolean earlier) {
    }

    private Optional<Transaction> earlierRefund(UUID serviceId, String idempotencyKey) {
        return transactions.findByIdempotencyKey(serviceId, idempotencyKey)
                .flatMap(earlier -> transactions.find(earlier.transactionId()));
    }

    private Reserved reserve(Transaction saleAsSeen, long amount, String title, PaymentSource source,
            @Nullable String idempotencyKey) {
        Payment payment = payments.lock(saleAsSeen.paymentId()).orElseThrow(TransactionNotFound::new);
        Transaction sale = transactions.lock(saleAsSeen.id()).orElseThrow(TransactionNotFound::new);
        if (idempotencyKey != null) {
            Optional<Transaction> earlier = earlierRefund(sale.serviceId(), idempotencyKey);
            if (earlier.isPresent()) {
                return new Reserved(earlier.get(), true);
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
        transactions.insert(refund, payment.customer(), idempotencyKey, null);
        statusChanges.created(refund, payment);
        return new Reserved(refund, false);
    }
}
