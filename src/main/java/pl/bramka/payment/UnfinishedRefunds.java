package pl.bramka.payment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import pl.bramka.shared.NodeStopping;

/**
 * Finishes refunds their node never got an answer for (it stopped during the acquirer's call, or before it): each
 * refund still {@code new} a minute after it was written is claimed and handed to the acquirer, which settles it or
 * fails it, so its amount is not reserved for ever. The claim skips rows another node is claiming and lasts as long
 * as an acquirer call may, so with any number of nodes each refund is sent once per claim. A stopping node finishes
 * the refund it is sending and gives back the claims of the rest of its batch, for the next node to take at once.
 */
@Component
class UnfinishedRefunds {

    private static final Logger log = LoggerFactory.getLogger(UnfinishedRefunds.class);
    /** Longer than a refund takes from being written to being claimed by the request that wrote it. */
    static final Duration LEFT_NEW = Duration.ofMinutes(1);
    private static final int BATCH = 50;

    private final TransactionRepository transactions;
    private final Refunds refunds;
    private final NodeStopping node;
    private final Clock clock;

    UnfinishedRefunds(TransactionRepository transactions, Refunds refunds, NodeStopping node, Clock clock) {
        this.transactions = transactions;
        this.refunds = refunds;
        this.node = node;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${bramka.refunds.recovery-interval:30s}")
    void finishRefundsLeftNew() {
        List<UUID> claimed;
        do {
            Instant now = clock.instant();
            // As PostgreSQL stores it, so that the release finds the claim by its end
            Instant until = now.plus(Refunds.ACQUIRER_CLAIM).truncatedTo(ChronoUnit.MICROS);
            claimed = transactions.claimRefundsLeftNew(now.minus(LEFT_NEW), now, until, BATCH);
            for (int sent = 0; sent < claimed.size(); sent++) {
                if (node.stopping()) {
                    transactions.releaseRefundClaims(claimed.subList(sent, claimed.size()), until);
                    return;
                }
                finish(claimed.get(sent));
            }
        } while (claimed.size() == BATCH);
    }

    private void finish(UUID refundId) {
        try {
            Transaction refund = refunds.send(transactions.find(refundId).orElseThrow());
            log.info("Finished refund {} left new: {}", refundId, refund.status().wire());
        } catch (RuntimeException failed) {
            log.warn("Refund {} left new could not be finished; it is tried again when its claim runs out", refundId,
                    failed);
        }
    }
}
