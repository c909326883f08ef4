package pl.bramka.payment;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import pl.bramka.payment.payer.PayerPayments;

/** The payment core's side of {@link PayerPayments}. */
@Service
class PayerLinks implements PayerPayments {

    private final PaymentRepository payments;
    private final TransactionRepository transactions;

    PayerLinks(PaymentRepository payments, TransactionRepository transactions) {
        this.payments = payments;
        this.transactions = transactions;
    }

    @Override
    public Optional<Payment> payment(UUID paymentId) {
        return payments.find(paymentId);
    }

    @Override
    public Optional<Transaction> attempt(Payment payment, UUID transactionId) {
        return transactions.findAttempt(payment.id(), transactionId);
    }
}
