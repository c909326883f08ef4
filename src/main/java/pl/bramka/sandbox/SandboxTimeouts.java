package pl.bramka.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import pl.bramka.payment.IllegalTransition;
import pl.bramka.payment.Transaction;
import pl.bramka.payment.acquirer.AcquiredSales;
import pl.bramka.payment.acquirer.AcquirerStep.Decided;
import pl.bramka.shared.NodeStopping;

/**
 * The sandbox's acquirer timeout. A payer who leaves a simulated page without a decision ("Leave pending", or just
 * closing the tab) leaves the attempt pending, and expiry leaves attempts at the acquirer alone, as it must for a real
 * bank whose answer may still come. So the sandbox answers them itself, as a real provider does when its payer never
 * finishes: after {@code bramka.sandbox.pending-timeout} it rejects them through the state machine, and the shop is
 * notified as of any refusal. With several nodes, the one that comes second finds the attempt answered and skips it;
 * a stopping node ends after the batch it is in.
 */
@Component
class SandboxTimeouts {

    static final String TIMED_OUT = "PROVIDER-TIMEOUT";
    private static final Logger log = LoggerFactory.getLogger(SandboxTimeouts.class);
    private static final int BATCH = 100;

    private final AcquiredSales sales;
    private final Duration timeout;
    private final NodeStopping node;
    private final Clock clock;

    SandboxTimeouts(AcquiredSales sales, @Value("${bramka.sandbox.pending-timeout:30m}") Duration timeout,
            NodeStopping node, Clock clock) {
        this.sales = sales;
        this.timeout = timeout;
        this.node = node;
        this.clock = clock;
    }

    Duration timeout() {
        return timeout;
    }

    @Scheduled(fixedDelayString = "${bramka.payments.expiry-interval:30s}")
    void rejectUnanswered() {
        List<Transaction> unanswered;
        do {
            unanswered = sales.pendingSince(clock.instant().minus(timeout), BATCH);
            unanswered.forEach(this::reject);
        } while (unanswered.size() == BATCH && !node.stopping());
    }

    private void reject(Transaction sale) {
        try {
            sales.decide(sale.id(), Decided.rejected(TIMED_OUT,
                    "The payer did not finish at the provider in time (sandbox)"));
            log.info("Rejected transaction {}: pending at the sandbox for longer than {}", sale.id(), timeout);
        } catch (IllegalTransition answeredMeanwhile) {
            log.debug("Transaction {} was answered before its timeout", sale.id());
        }
    }
}
