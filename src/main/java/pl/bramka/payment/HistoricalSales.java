package pl.bramka.payment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import pl.bramka.payment.acquirer.StatusDetails;
import pl.bramka.payment.acquirer.TransactionEvent;
import pl.bramka.shared.Money;
import pl.bramka.shop.PaymentMethodCatalogue;
import pl.bramka.shop.PaymentMethodDefinition;
import pl.bramka.shop.ShopCommission;
import pl.bramka.shop.ShopDirectory;

/**
 * Demo data only: sales and refunds settled in the past, with what live ones leave (the rows, the state machine's
 * timeline, the commission of the shop's table, the order, and the {@link TransactionStatusChanged} events that the
 * dashboard's rollup and the payouts follow), at the moments given instead of now; sales in bulk, so months of them
 * take a second or two. No acquirer is asked; nothing here is reachable from a request.
 */
@Service
public class HistoricalSales {

    /** A sale to write: the payment as a shop would create it, the method it was paid with, and when. */
    public record PastSale(NewPayment request, String methodCode, Instant at) {
    }

    private final PaymentRepository payments;
    private final TransactionRepository transactions;
    private final OrderRepository orders;
    private final StatusChanges statusChanges;
    private final ShopDirectory shops;
    private final ApplicationEventPublisher events;

    HistoricalSales(PaymentRepository payments, TransactionRepository transactions, OrderRepository orders,
            StatusChanges statusChanges, ShopDirectory shops, ApplicationEventPublisher events) {
        this.payments = payments;
        this.transactions = transactions;
        this.orders = orders;
        this.statusChanges = statusChanges;
        this.shops = shops;
        this.events = events;
    }

    /**
     * Sales paid with their {@code methodCode}, each created at its {@code at}, started 5 s and settled a minute
     * later, written at once in a few statements instead of some thirty per sale: the payments and transactions as they end (settled, with the commission of the shop's table), their timelines
     * (created, started 5 s later, settled after a minute) and orders, and then, for each, the three
     * {@link TransactionStatusChanged} events the state machine publishes, carrying the states it passed through, so
     * the dashboard's rollup, the payout items and the notifications follow as from live payments.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Transaction> settledSales(UUID merchantId, List<PastSale> sales) {
        Map<String, Optional<ShopCommission>> commissions = new HashMap<>();
        List<Payment> settledPayments = new ArrayList<>();
        List<Transaction> settled = new ArrayList<>();
        List<Customer> payers = new ArrayList<>();
        Map<UUID, List<StatusChange>> timelines = new LinkedHashMap<>();
        for (PastSale past : sales) {
            NewPayment request = past.request();
            PaymentMethodDefinition method = PaymentMethodCatalogue.byCode(past.methodCode()).orElseThrow();
            Instant at = past.at();
            Instant started = at.plusSeconds(5);
            Instant settledAt = at.plusSeconds(60);
            long commission = commissions.computeIfAbsent(request.serviceId() + "/" + method.code() + "/"
                            + request.currency(), key -> shops.commission(merchantId, request.serviceId(), method.code(),
                            request.currency()))
                    .map(rate -> rate.on(new Money(request.amount(), request.currency()))).orElse(0L);
            Payment payment = new Payment(UUID.randomUUID(), merchantId, request.serviceId(), request.source(),
                    TransactionStatus.SETTLED, request.amount(), request.currency(), request.orderId(),
                    request.title(), request.additionalDescription(), request.customer(), request.billing(),
                    request.shipping(), request.returnUrls(), request.notificationUrl(), request.visibleMethods(),
                    request.preselectMethodCode(), request.lang(), null, at, settledAt);
            Transaction sale = new Transaction(UUID.randomUUID(), payment.id(), merchantId, payment.serviceId(),
                    TransactionType.SALE, TransactionStatus.SETTLED, payment.source(), payment.amount(),
                    payment.currency(), payment.orderId(), payment.title(), method.paymentMethod(), method.code(),
                    null, null, null, null, null, commission, null, at, settledAt);
            settledPayments.add(payment);
            settled.add(sale);
            payers.add(payment.customer());
            timelines.put(sale.id(), List.of(
                    new StatusChange(null, TransactionStatus.NEW, StatusChanges.CREATED, null, at),
                    new StatusChange(TransactionStatus.NEW, TransactionStatus.PENDING, TransactionEvent.START.name(),
                            null, started),
                    new StatusChange(TransactionStatus.PENDING, TransactionStatus.SETTLED,
                            TransactionEvent.SETTLE.name(), null, settledAt)));
        }
        payments.insertAll(settledPayments);
        transactions.insertAll(settled, payers);
        transactions.recordChanges(timelines);
        for (int i = 0; i < settled.size(); i++) {
            Transaction sale = settled.get(i);
            Payment payment = settledPayments.get(i);
            Instant started = sale.created().plusSeconds(5);
            Transaction created = as(sale, TransactionStatus.NEW, null, sale.created());
            Transaction pending = as(sale, TransactionStatus.PENDING, null, started);
            orders.created(created);
            orders.changed(pending, sale);
            events.publishEvent(new TransactionStatusChanged(created, null,
                    as(payment, TransactionStatus.NEW, payment.created())));
            events.publishEvent(new TransactionStatusChanged(pending, TransactionStatus.NEW,
                    as(payment, TransactionStatus.PENDING, started)));
            events.publishEvent(new TransactionStatusChanged(sale, TransactionStatus.PENDING, payment));
        }
        return List.copyOf(settled);
    }

    private static Transaction as(Transaction sale, TransactionStatus status, @Nullable Long commission,
            Instant modified) {
        return new Transaction(sale.id(), sale.paymentId(), sale.merchantId(), sale.serviceId(), sale.type(), status,
                sale.source(), sale.amount(), sale.currency(), sale.orderId(), sale.title(), sale.paymentMethod(),
                sale.paymentMethodCode(), sale.notificationUrl(), sale.saleId(), sale.statusCode(),
                sale.statusCodeDescription(), sale.blikTransactionId(), commission, sale.validTo(), sale.created(),
                modified);
    }

    private static Payment as(Payment payment, TransactionStatus status, Instant modified) {
        return new Payment(payment.id(), payment.merchantId(), payment.serviceId(), payment.source(), status,
                payment.amount(), payment.currency(), payment.orderId(), payment.title(),
                payment.additionalDescription(), payment.customer(), payment.billing(), payment.shipping(),
                payment.returnUrls(), payment.notificationUrl(), payment.visibleMethods(),
                payment.preselectMethodCode(), payment.lang(), payment.validTo(), payment.created(), modified);
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
