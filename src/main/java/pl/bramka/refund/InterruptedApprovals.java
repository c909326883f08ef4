package pl.bramka.refund;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import pl.bramka.payment.Payments;
import pl.bramka.payment.RefundRefused;
import pl.bramka.shared.NodeStopping;

/**
 * Finishes approvals that a stopped node left half done: the request is approved in one database transaction and
 * its refund made after it, so a crash in between leaves an approved request without a refund. Completing it again
 * is safe because the refund is made once per request. A stopping node completes the request it is at and leaves
 * the rest to the next run of any node.
 */
@Component
class InterruptedApprovals {

    private static final Logger log = LoggerFactory.getLogger(InterruptedApprovals.class);
    /** Longer than any approval takes, so a request still being completed by its approver is left alone. */
    private static final Duration GRACE = Duration.ofMinutes(2);
    private static final int BATCH = 50;

    private final RefundRequests requests;
    private final RefundDesk desk;
    private final Payments payments;
    private final NodeStopping node;
    private final Clock clock;

    InterruptedApprovals(RefundRequests requests, RefundDesk desk, Payments payments, NodeStopping node,
            Clock clock) {
        this.requests = requests;
        this.desk = desk;
        this.payments = payments;
        this.node = node;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${bramka.refunds.approval-recovery-interval:60s}")
    void completeInterrupted() {
        for (RefundRequest approved : requests.approvedWithoutRefund(clock.instant().minus(GRACE), BATCH)) {
            if (node.stopping()) {
                return;
            }
            payments.transactionOfMerchant(approved.merchantId(), approved.saleId()).ifPresent(sale -> {
                try {
                    desk.complete(approved, sale);
                    log.info("Completed the refund of approved request {}", approved.id());
                }
                catch (RefundRefused refused) {
                    log.info("Approved request {} could not be refunded: {}", approved.id(), refused.reason());
                }
            });
        }
    }
}
