package pl.bramka.invoice;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import pl.bramka.shared.NodeStopping;

/**
 * The background job that generates queued invoices, one per transaction: the row is claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so any number of nodes (or threads) share the queue without doing an invoice
 * twice. A failed attempt is rolled back to a savepoint (its number is given back) and retried with a doubling
 * delay, then marked failed for the panel's retry button. A stopping node finishes the invoice it is at and claims
 * no other.
 */
@Component
class InvoiceGeneration {

    private static final Logger log = LoggerFactory.getLogger(InvoiceGeneration.class);
    private static final int BATCH = 50;

    private final InvoiceRepository invoices;
    private final InvoiceIssuing issuing;
    private final TransactionTemplate transactions;
    private final InvoiceSettings settings;
    private final NodeStopping node;
    private final Clock clock;

    InvoiceGeneration(InvoiceRepository invoices, InvoiceIssuing issuing, TransactionTemplate transactions,
            InvoiceSettings settings, NodeStopping node, Clock clock) {
        this.invoices = invoices;
        this.issuing = issuing;
        this.transactions = transactions;
        this.settings = settings;
        this.node = node;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${bramka.invoice.poll-interval:2s}")
    void generateDue() {
        for (int done = 0; done < BATCH && !node.stopping(); done++) {
            if (!Boolean.TRUE.equals(transactions.execute(this::generateOne))) {
                return;
            }
        }
    }

    private boolean generateOne(TransactionStatus status) {
        Instant now = clock.instant();
        List<Invoice> claimed = invoices.claimDue(now, 1);
        if (claimed.isEmpty()) {
            return false;
        }
        Invoice invoice = claimed.get(0);
        Object savepoint = status.createSavepoint();
        try {
            issuing.issue(invoice);
            status.releaseSavepoint(savepoint);
        } catch (RuntimeException e) {
            status.rollbackToSavepoint(savepoint);
            int attempts = invoice.attempts() + 1;
            log.warn("Invoice {} not generated (attempt {}): {}", invoice.id(), attempts, e.toString());
            Instant next = attempts >= settings.maxAttempts() ? null
                    : now.plus(settings.retryDelay().multipliedBy(1L << Math.min(attempts - 1, 16)));
            invoices.markAttemptFailed(invoice.id(), String.valueOf(e.getMessage()), next);
        }
        return true;
    }
}
