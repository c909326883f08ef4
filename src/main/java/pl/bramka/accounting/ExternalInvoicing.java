package pl.bramka.accounting;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands invoices to the shop's external accounting service (ING Księgowość) and tells where each one stands. The
 * invoice module decides which shops invoice externally and calls this; the sending happens later, in
 * {@link ExternalInvoiceSender}, so the settlement that creates the invoice never waits for the service.
 */
@Component
public class ExternalInvoicing {

    private final ExternalInvoiceQueue queue;
    private final Clock clock;

    ExternalInvoicing(ExternalInvoiceQueue queue, Clock clock) {
        this.queue = queue;
        this.clock = clock;
    }

    /**
     * Queues the invoice of a transaction in the caller's database transaction, so it exists exactly when the
     * caller's change does. A transaction has at most one invoice there: submitting it again changes nothing.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void submit(UUID merchantId, UUID serviceId, UUID transactionId, ExternalInvoice invoice) {
        queue.insert(merchantId, serviceId, transactionId, CreateInvoiceRequest.json(invoice), clock.instant());
    }

    /** Where the transaction's invoice stands; empty when it has none here or belongs to another merchant. */
    public Optional<ExternalInvoiceStatus> statusOf(UUID merchantId, UUID transactionId) {
        return queue.status(merchantId, transactionId);
    }
}
