package pl.bramka.payment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import pl.bramka.payment.acquirer.AcquiredSales;
import pl.bramka.payment.acquirer.AcquirerStep;

/** The payment core's side of {@link AcquiredSales}. */
@Service
class AcquirerAnswers implements AcquiredSales {

    private final TransactionRepository transactions;
    private final PaymentRepository payments;
    private final PaymentProcessing processing;

    AcquirerAnswers(TransactionRepository transactions, PaymentRepository payments, PaymentProcessing processing) {
        this.transactions = transactions;
        this.payments = payments;
        this.processing = processing;
    }

    @Override
    public Optional<Transaction> sale(UUID saleId) {
        return transactions.find(saleId).filter(transaction -> transaction.type() == TransactionType.SALE);
    }

    @Override
    public Payment paymentOf(Transaction sale) {
        return payments.find(sale.paymentId()).orElseThrow();
    }

    @Override
    public Transaction decide(UUID saleId, AcquirerStep.Decided decision) {
        return processing.complete(saleId, decision);
    }

    @Override
    public List<Transaction> pendingSince(Instant startedBefore, int limit) {
        return transactions.pendingSince(startedBefore, limit);
    }
}
