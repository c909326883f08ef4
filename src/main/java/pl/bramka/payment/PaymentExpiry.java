package pl.bramka.payment;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import pl.bramka.payment.acquirer.StatusDetails;
import pl.bramka.payment.acquirer.TransactionEvent;
import pl.bramka.shared.NodeStopping;

/**
 * Cancels what was not paid in time: a payment past its validity with its attempts that never reached the acquirer.
 * A payment whose attempt is at the acquirer (a bank transfer under way) is not touched: the money may still come, and
 * the acquirer's answer settles it or, refused, leaves it to be cancelled on a later run. The state is in the tables,
 * so nothing is lost by a restart; payments are claimed with SKIP LOCKED, so several nodes share the work without
 * doing anything twice; a stopping node ends after the batch it is in.
 */
@Component
class PaymentExpiry {

    private static final Logger log = LoggerFactory.getLogger(PaymentExpiry.class);
    private static final int BATCH = 100;

    private final PaymentRepository payments;
    private final TransactionRepository transactions;
    private final StatusChanges statusChanges;
    private final TransactionTemplate inTransaction;
    private final NodeStopping node;
    private final Clock clock;

    PaymentExpiry(PaymentRepository payments, TransactionRepository transactions, StatusChanges statusChanges,
            TransactionTemplate inTransaction, NodeStopping node, Clock clock) {
        this.payments = payments;
        this.transactions = transactions;
        this.statusChanges = statusChanges;
        this.inTransaction = inTransaction;
        this.node = node;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${bramka.payments.expiry-interval:30s}")
    void cancelExpired() {
        int cancelled;
        do {
            cancelled = inTransaction.execute(status -> cancelBatch());
        } while (cancelled == BATCH && !node.stopping());
    }

    /** One batch in one database transaction; returns how many payments were cancelled. */
    int cancelBatch() {
        List<UUID> expired = payments.claimExpired(clock.instant(), BATCH);
        for (UUID paymentId : expired) {
            transactions.ofPayment(paymentId).stream().filter(sale -> sale.status() == TransactionStatus.NEW)
                    .forEach(sale -> statusChanges.apply(sale.id(), TransactionEvent.EXPIRE, StatusDetails.none()));
            statusChanges.cancelPayment(paymentId);
        }
        if (!expired.isEmpty()) {
            log.info("Cancelled {} payments past their validity", expired.size());
        }
        return expired.size();
    }
}
