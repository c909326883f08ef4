package pl.bramka.payment;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import pl.bramka.payment.acquirer.Acquirer;
import pl.bramka.payment.acquirer.AcquirerStep;
import pl.bramka.payment.acquirer.TransactionEvent;

/**
 * Pays a sale: hands it to the {@link Acquirer} and applies its answer (refunds go the same way, from {@link
 * Refunds}). The acquirer is called outside any database
 * transaction, so a slow acquirer never holds a lock; each status change is its own database transaction. A sale is
 * first moved to {@code pending}, which claims it: of two requests to pay one sale, only the one that moved it calls
 * the acquirer, so a payer is never charged twice.
 */
@Service
public class PaymentProcessing {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentProcessing.class);
    static final String ACQUIRER_UNAVAILABLE = "ACQUIRER-UNAVAILABLE";

    private final Acquirer acquirer;
    private final StatusChanges statusChanges;
    private final Payments payments;
    private final TransactionRepository transactions;

    PaymentProcessing(Acquirer acquirer, StatusChanges statusChanges, Payments payments,
            TransactionRepository transactions) {
        this.acquirer = acquirer;
        this.statusChanges = statusChanges;
        this.payments = payments;
        this.transactions = transactions;
    }

    /** The result of processing: the transaction as it stands, and where the payer must go, if anywhere. */
    public record Processed(Transaction transaction, Optional<String> payerActionUrl) {
    }

    /** Pays a new sale with what the payer gave; a sale that is already under way is only reported. */
    public Processed pay(UUID saleId, PayerInput input) {
        Transaction sale = payments.transaction(saleId).orElseThrow(TransactionNotFound::new);
        if (sale.type() != TransactionType.SALE) {
            return new Processed(sale, Optional.empty());
        }
        Optional<Transaction> claimed = statusChanges.startIfNew(saleId);
        if (claimed.isEmpty()) {
            return new Processed(payments.transaction(saleId).orElseThrow(), Optional.empty());
        }
        Payment payment = payments.payment(sale.paymentId()).orElseThrow();
        return apply(claimed.get(), askAcquirer(claimed.get(), payment, input));
    }

    /**
     * Hands a refund its caller claimed to the acquirer and applies the answer; an acquirer that throws leaves it in
     * {@code error}, which frees its amount for another refund.
     */
    Transaction refund(Transaction refund, Transaction sale) {
        return apply(refund, askAcquirer(refund, () -> acquirer.refund(refund, sale))).transaction();
    }

    private AcquirerStep askAcquirer(Transaction sale, Payment payment, PayerInput input) {
        return askAcquirer(sale, () -> acquirer.pay(sale, payment, input));
    }

    /** The acquirer's answer; when it throws instead (unreachable, broken), a failure, so nothing hangs. */
    private static AcquirerStep askAcquirer(Transaction transaction, Supplier<AcquirerStep> call) {
        try {
            return call.get();
        } catch (RuntimeException unreachable) {
            LOG.warn("The acquirer failed on transaction {}", transaction.id(), unreachable);
            return AcquirerStep.Decided.failed(ACQUIRER_UNAVAILABLE, "The acquirer did not answer");
        }
    }

    /** The acquirer's later answer for a pending transaction (the payer finished on its page). */
    Transaction complete(UUID transactionId, AcquirerStep.Decided decision) {
        Transaction transaction = payments.transaction(transactionId).orElseThrow(TransactionNotFound::new);
        return apply(transaction, decision).transaction();
    }

    Processed apply(Transaction transaction, AcquirerStep step) {
        if (step instanceof AcquirerStep.PayerAction action) {
            transactions.recordPayerAction(transaction.id(), action.url());
            return new Processed(transaction, Optional.of(action.url()));
        }
        AcquirerStep.Decided decided = (AcquirerStep.Decided) step;
        Transaction current = transaction;
        for (TransactionEvent event : decided.events()) {
            current = statusChanges.apply(transaction.id(), event, decided.details());
        }
        return new Processed(current, Optional.empty());
    }
}
