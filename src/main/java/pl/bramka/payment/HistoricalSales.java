package pl.bramka.payment;

import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import pl.bramka.payment.acquirer.StatusDetails;
import pl.bramka.payment.acquirer.TransactionEvent;
import pl.bramka.shop.PaymentMethodCatalogue;
import pl.bramka.shop.PaymentMethodDefinition;

/**
 * Demo data only: sales and refunds settled in the past, written by the same steps as live ones (the rows, the state
 * machine with its timeline, the commission of the shop's table, the order, and the {@link TransactionStatusChanged}
 * events that the dashboard's rollup and the payouts follow), at the moments given instead of now. No acquirer is
 * asked; nothing here is reachable from a request.
 */
@Service
public class HistoricalSales {

    private final PaymentRepository payments;
    private final TransactionRepository transactions;
    private final StatusChanges statusChanges;

    HistoricalSales(PaymentRepository payments, TransactionRepository transactions, StatusChanges statusChanges) {
        this.payments = payments;
        this.transactions = transactions;
        this.statusChanges = statusChanges;
    }

    /** A payment paid with {@code methodCode}: created at {@code at}, settled a minute later. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Transaction settledSale(UUID merchantId, NewPayment request, String methodCode, Instant at) {
        PaymentMethodDefinition method = PaymentMethodCatalogue.byCode(methodCode).orElseThrow();
        Payment payment = new Payment(UUID.randomUUID(), merchantId, request.serviceId(), request.source(),
                TransactionStatus.NEW, request.amount(), request.currency(), request.orderId(), request.title(),
                request.additionalDescription(), request.customer(), request.billing(), request.shipping(),
                request.returnUrls(), request.notificationUrl(), request.visibleMethods(),
                request.preselectMethodCode(), request.lang(), null, at, at);
        payments.insert(payment);
        Transaction sale = new Transaction(UUID.randomUUID(), payment.id(), merchantId, payment.serviceId(),
                TransactionType.SALE, TransactionStatus.NEW, payment.source(), payment.amount(), payment.currency(),
                payment.orderId(), payment.title(), method.paymentMethod(), method.code(), null, null, null, null,
                null, null, null, at, at);
        transactions.insert(sale, payment.customer(), null, null);
        statusChanges.created(sale, payment);
        statusChanges.applyAt(sale.id(), TransactionEvent.START, StatusDetails.none(), at.plusSeconds(5));
        return statusChanges.applyAt(sale.id(), TransactionEvent.SETTLE, StatusDetails.none(), at.plusSeconds(60));
    }

    /** A refund of a settled sale (at most what remains of it), settled at {@code at}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Transaction settledRefund(Transaction sale, long amount, String title, Instant at) {
        Payment payment = payments.lock(sale.paymentId()).orElseThrow(TransactionNotFound::new);
        if (amount > sale.amount() - transactions.refundedOrReserved(sale.id())) {
            throw new RefundRefused(RefundRefused.Reason.AMOUNT_ABOVE_REMAINING);
        }
        Transaction refund = new Transaction(UUID.randomUUID(), sale.paymentId(), sale.merchantId(), sale.serviceId(),
                TransactionType.REFUND, TransactionStatus.NEW, PaymentSource.WEB, amount, sale.currency(),
                sale.orderId(), title, sale.paymentMethod(), sale.paymentMethodCode(), null, sale.id(), null, null,
                null, null, null, at, at);
        transactions.insert(refund, payment.customer(), null, null);
        statusChanges.created(refund, payment);
        return statusChanges.applyAt(refund.id(), TransactionEvent.SETTLE, StatusDetails.none(), at.plusSeconds(30));
    }
}
