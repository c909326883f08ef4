package pl.bramka.payment;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

/**
 * Hands a started sale to the {@link Acquirer} and applies its answer. The acquirer is called outside any database
 * transaction, so a slow acquirer never holds a lock; each status change is its own database transaction.
 */
@Service
public class PaymentProcessing {

    private final Acquirer acquirer;
    private final StatusChanges statusChanges;
    private final Payments payments;

    PaymentProcessing(Acquirer acquirer, StatusChanges statusChanges, Payments payments) {
        this.acquirer = acquirer;
        this.statusChanges = statusChanges;
        this.payments = payments;
    }

    /** The result of processing: the transaction as it stands, and where the payer must go, if anywhere. */
    public record Processed(Transaction transaction, Optional<String> payerActionUrl) {
    }

    /** Pays a new sale with what the payer gave; a sale that is already under way is only reported. */
    public Processed pay(UUID saleId, PayerInput input) {
        Transaction sale = payments.transaction(saleId).orElseThrow(TransactionNotFound::new);
        if (sale.status() != TransactionStatus.NEW || sale.type() != TransactionType.SALE) {
            return new Processed(sale, Optional.empty());
        }
        Payment payment = payments.payment(sale.paymentId()).orElseThrow();
        return apply(sale, acquirer.pay(sale, payment, input));
    }

    /** The acquirer's later answer for a pending transaction (the payer finished on its page). */
    public Transaction complete(UUID transactionId, AcquirerStep.Decided decision) {
        Transaction transaction = payments.transaction(transactionId).orElseThrow(TransactionNotFound::new);
        return apply(transaction, decision).transaction();
    }

    Processed apply(Transaction transaction, AcquirerStep step) {
        if (step instanceof AcquirerStep.PayerAction action) {
            return new Processed(statusChanges.apply(transaction.id(), TransactionEvent.START, StatusDetails.none()),
                    Optional.of(action.url()));
        }
        AcquirerStep.Decided decided = (AcquirerStep.Decided) step;
        Transaction current = transaction;
        for (TransactionEvent event : decided.events()) {
            current = statusChanges.apply(transaction.id(), event, decided.details());
        }
        return new Processed(current, Optional.empty());
    }
}
