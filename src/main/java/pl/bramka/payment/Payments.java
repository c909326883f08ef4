package pl.bramka.payment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.bramka.payment.PaymentRefused.Reason;
import pl.bramka.payment.acquirer.StatusDetails;
import pl.bramka.payment.acquirer.TransactionEvent;
import pl.bramka.shop.GatewayShop;
import pl.bramka.shop.PaymentMethodCatalogue;
import pl.bramka.shop.PaymentMethodDefinition;
import pl.bramka.shop.ShopDirectory;

/**
 * Opening payments and starting their transactions, and reading them within a merchant (the panel) or a shop (the
 * API). Payer pages find payments by their random id alone, which is the payer's capability, through {@link
 * pl.bramka.payment.payer.PayerPayments}; acquirers find their sales through {@link
 * pl.bramka.payment.acquirer.AcquiredSales}. Reads of a payment's or a sale's parts (attempts, refunds, timeline)
 * take the payment or transaction the caller already found that way, never an id on its own.
 */
@Service
public class Payments {

    private final PaymentRepository payments;
    private final TransactionRepository transactions;
    private final StatusChanges statusChanges;
    private final ShopDirectory shops;
    private final Clock clock;

    Payments(PaymentRepository payments, TransactionRepository transactions, StatusChanges statusChanges,
            ShopDirectory shops, Clock clock) {
        this.payments = payments;
        this.transactions = transactions;
        this.statusChanges = statusChanges;
        this.shops = shops;
        this.clock = clock;
    }

    /** Opens a payment for a payer to pay on the payment page. */
    @Transactional
    public Payment open(NewPayment request) {
        Payment payment = newPayment(request, activeShop(request.serviceId()), clock.instant());
        payments.insert(payment);
        return payment;
    }

    /**
     * Creates a sale with the method the shop chose, as the API's create-transaction does. A repeated request with
     * the same Idempotency-Key returns the first result; a different request with a used key is refused.
     */
    @Transactional
    public ApiSale createApiSale(NewPayment request, String methodCode, @Nullable String idempotencyKey,
            String requestDigest) {
        if (idempotencyKey != null) {
            Optional<ApiSale> earlier = earlierSale(request.serviceId(), idempotencyKey, requestDigest);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        Instant now = clock.instant();
        Payment payment = newPayment(request, activeShop(request.serviceId()), now);
        Transaction sale = newSale(payment, offeredMethod(payment, methodCode), now);
        try {
            statusChanges.createdWithPayment(sale, payment, idempotencyKey, requestDigest);
        } catch (DuplicateKeyException concurrentRetry) {
            throw new PaymentRefused(Reason.IDEMPOTENCY_KEY_REUSED);
        }
        return new ApiSale(sale, payment, false);
    }

    /**
     * Starts a payer's attempt to pay with a method; the payment must still be payable. When the latest attempt has
     * the same method and has not reached the acquirer yet (a repeated click, or the sale a shop created through the
     * API), that attempt is continued instead: under the payment's lock, so a double submit never makes two.
     */
    @Transactional
    public Transaction attempt(UUID paymentId, String methodCode) {
        Payment payment = payments.lock(paymentId).orElseThrow(TransactionNotFound::new);
        activeShop(payment.serviceId());
        if (payment.expiredAt(clock.instant())) {
            throw new PaymentRefused(Reason.EXPIRED);
        }
        if (!payment.payableAt(clock.instant())) {
            throw new PaymentRefused(Reason.NOT_PAYABLE);
        }
        Optional<Transaction> waiting = latestAttempt(payment).filter(sale -> sale.status() == TransactionStatus.NEW
                && sale.paymentMethodCode().equals(methodCode));
        return waiting.orElseGet(() -> startSale(payment, methodCode));
    }

    /** Any payment by id alone, for this module; other modules find payments within a merchant or shop. */
    Optional<Payment> payment(UUID paymentId) {
        return payments.find(paymentId);
    }

    /** A payment of this shop; another shop's is as absent as an unknown one. */
    public Optional<Payment> paymentOfShop(UUID serviceId, UUID paymentId) {
        return payments.findOfShop(serviceId, paymentId);
    }

    /** A payment of this merchant; another merchant's is as absent as an unknown one. */
    public Optional<Payment> paymentOfMerchant(UUID merchantId, UUID paymentId) {
        return payments.findOfMerchant(merchantId, paymentId);
    }

    /** Notes that the payer opened the payment page; only the first time counts. */
    @Transactional
    public void recordVisit(Payment payment) {
        payments.recordFirstVisit(payment.id(), clock.instant());
    }

    /** When the payer first opened the payment page, if they have. */
    public Optional<Instant> firstVisit(Payment payment) {
        return payments.firstVisit(payment.id());
    }

    /**
     * The shop withdraws a payment nobody has paid or is paying: it becomes cancelled with its attempts that never
     * reached the acquirer. A paid payment, or one whose attempt awaits the bank, stays as it is.
     */
    @Transactional
    public Payment cancel(UUID paymentId) {
        Payment payment = payments.lock(paymentId).orElseThrow(TransactionNotFound::new);
        if (!payment.payableAt(clock.instant())) {
            throw new PaymentRefused(payment.status() == TransactionStatus.CANCELLED || payment.expiredAt(
                    clock.instant()) ? Reason.EXPIRED : Reason.NOT_PAYABLE);
        }
        transactions.ofPayment(paymentId).stream().filter(sale -> sale.status() == TransactionStatus.NEW)
                .forEach(sale -> statusChanges.apply(sale.id(), TransactionEvent.EXPIRE, StatusDetails.none()));
        return statusChanges.cancelPayment(paymentId);
    }

    /** Any transaction by id alone, for this module; other modules find transactions within a merchant or shop. */
    Optional<Transaction> transaction(UUID transactionId) {
        return transactions.find(transactionId);
    }

    /** A transaction of one merchant; another merchant's transaction is as absent as an unknown one. */
    public Optional<Transaction> transactionOfMerchant(UUID merchantId, UUID transactionId) {
        return transactions.findOfMerchant(merchantId, transactionId);
    }

    /** A transaction of one shop; another shop's transaction is as absent as an unknown one. */
    public Optional<Transaction> transactionOfShop(UUID serviceId, UUID transactionId) {
        return transactions.findOfShop(serviceId, transactionId);
    }

    /** A payment's sale attempts, oldest first. */
    public List<Transaction> attempts(Payment payment) {
        return transactions.ofPayment(payment.id());
    }

    /** A payment's most recent sale attempt, if the payer (or the shop, through the API) started one. */
    public Optional<Transaction> latestAttempt(Payment payment) {
        List<Transaction> attempts = transactions.ofPayment(payment.id());
        return attempts.isEmpty() ? Optional.empty() : Optional.of(attempts.get(attempts.size() - 1));
    }

    /** The acquirer's page where the payer of a pending sale left off (the bank, 3-D Secure), if there is one. */
    public Optional<String> payerActionUrl(Transaction sale) {
        return transactions.payerActionUrl(sale.id());
    }

    /** A sale's refunds, oldest first. */
    public List<Transaction> refundsOf(Transaction sale) {
        return transactions.refundsOf(sale.id());
    }

    /** Every status a transaction took, oldest first. */
    public List<StatusChange> timeline(Transaction transaction) {
        return transactions.timeline(transaction.id());
    }

    /** The methods a payer may choose for this payment: the shop's, visible, and taking its currency and amount. */
    public List<PaymentMethodDefinition> methodsFor(Payment payment) {
        return shops.enabledMethods(payment.merchantId(), payment.serviceId()).stream().filter(payment::takes)
                .toList();
    }

    private Transaction startSale(Payment payment, String methodCode) {
        Transaction sale = newSale(payment, offeredMethod(payment, methodCode), clock.instant());
        transactions.insert(sale, payment.customer(), null, null);
        statusChanges.created(sale, payment);
        return sale;
    }

    private PaymentMethodDefinition offeredMethod(Payment payment, String methodCode) {
        return PaymentMethodCatalogue.byCode(methodCode).filter(payment::takes)
                .filter(m -> shops.offers(payment.serviceId(), m.code()))
                .orElseThrow(() -> new PaymentRefused(Reason.METHOD_UNAVAILABLE));
    }

    private static Payment newPayment(NewPayment request, GatewayShop shop, Instant now) {
        return new Payment(UUID.randomUUID(), shop.merchantId(), shop.serviceId(), request.source(),
                TransactionStatus.NEW, request.amount(), request.currency(), request.orderId(), request.title(),
                request.additionalDescription(), request.customer(), request.billing(), request.shipping(),
                request.returnUrls(), request.notificationUrl(), request.visibleMethods(),
                request.preselectMethodCode(), request.lang(), validTo(request, shop, now), now, now);
    }

    private static Transaction newSale(Payment payment, PaymentMethodDefinition method, Instant now) {
        return new Transaction(UUID.randomUUID(), payment.id(), payment.merchantId(), payment.serviceId(),
                TransactionType.SALE, TransactionStatus.NEW, payment.source(), payment.amount(), payment.currency(),
                payment.orderId(), payment.title(), method.paymentMethod(), method.code(), payment.notificationUrl(),
                null, null, null, null, null, payment.validTo(), now, now);
    }

    private Optional<ApiSale> earlierSale(UUID serviceId, String idempotencyKey, String requestDigest) {
        return transactions.findByIdempotencyKey(serviceId, idempotencyKey).map(earlier -> {
            if (!requestDigest.equals(earlier.digest())) {
                throw new PaymentRefused(Reason.IDEMPOTENCY_KEY_REUSED);
            }
            Transaction sale = transactions.find(earlier.transactionId()).orElseThrow();
            return new ApiSale(sale, payments.find(sale.paymentId()).orElseThrow(), true);
        });
    }

    private GatewayShop activeShop(UUID serviceId) {
        return shops.find(serviceId).filter(GatewayShop::acceptsPayments)
                .orElseThrow(() -> new PaymentRefused(Reason.SHOP_UNAVAILABLE));
    }

    /** The validity the shop asked for, else the shop's payment activity from now, else none. */
    private static @Nullable Instant validTo(NewPayment request, GatewayShop shop, Instant now) {
        if (request.validTo() != null) {
            return request.validTo();
        }
        return shop.paymentActivitySeconds() == null ? null : now.plusSeconds(shop.paymentActivitySeconds());
    }
}
