package pl.bramka.accounting;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import pl.bramka.shared.NodeStopping;
import pl.bramka.accounting.AccountingClient.Answer;
import pl.bramka.integration.AccountingKeys;

/**
 * Sends the due invoices to the accounting service: claims one in a short database transaction, sends it with no
 * database connection held, and records the answer. A created invoice keeps the service's document id and PDF
 * link; a 4xx is a configuration error, final, also shown next to the shop's key; a 5xx, a timeout or no connection
 * is retried after a delay that doubles each time, until the last attempt. A success answer without a document id
 * is given up at once: the service may have created the invoice, and sending it again could create a second one. A
 * shop without a key gets a configuration error without a call. Any number of nodes may run this side by side over
 * one database; a stopping node sends the invoice it holds and claims no other.
 */
@Component
class ExternalInvoiceSender {

    static final String NO_KEY = "The shop has no ING Księgowość key";
    private static final Logger log = LoggerFactory.getLogger(ExternalInvoiceSender.class);

    private final ExternalInvoiceQueue queue;
    private final AccountingClient client;
    private final AccountingKeys keys;
    private final AccountingSettings settings;
    private final TransactionTemplate inTransaction;
    private final NodeStopping node;
    private final Clock clock;

    ExternalInvoiceSender(ExternalInvoiceQueue queue, AccountingClient client, AccountingKeys keys,
            AccountingSettings settings, TransactionTemplate inTransaction, NodeStopping node, Clock clock) {
        this.queue = queue;
        this.client = client;
        this.keys = keys;
        this.settings = settings;
        this.inTransaction = inTransaction;
        this.node = node;
        this.clock = clock;
    }

    /**
     * Sends the due invoices one by one until none is left. Each is claimed just before it is sent, so its lease
     * (longer than one attempt can take) never runs out while it waits behind others.
     */
    @Scheduled(fixedDelayString = "${bramka.accounting.poll-interval:10s}")
    void sendDue() {
        Optional<ClaimedInvoice> claimed;
        while (!node.stopping() && (claimed = claimNext()).isPresent()) {
            send(claimed.get());
        }
    }

    private Optional<ClaimedInvoice> claimNext() {
        Instant now = clock.instant();
        return inTransaction.execute(status -> queue.claim(now, now.plus(settings.lease())));
    }

    private void send(ClaimedInvoice invoice) {
        Optional<String> key = keys.key(invoice.serviceId());
        if (key.isEmpty()) {
            queue.rejected(invoice, NO_KEY, clock.instant());
            return;
        }
        Answer answer = client.create(key.get(), invoice.request());
        Instant now = clock.instant();
        inTransaction.executeWithoutResult(status -> record(invoice, key.get(), answer, now));
    }

    private void record(ClaimedInvoice invoice, String key, Answer answer, Instant now) {
        if (answer instanceof Answer.Created created) {
            queue.created(invoice, created.documentId(), created.pdfUrl(), now);
        }
        else if (answer instanceof Answer.Rejected rejected) {
            queue.rejected(invoice, rejected.message(), now);
            keys.recordRejection(invoice.serviceId(), key, rejected.message(), now);
        }
        else if (answer instanceof Answer.Unusable unusable) {
            log.warn("Invoice {} for the accounting service got an answer without a document id: {}", invoice.id(),
                    unusable.message());
            queue.failed(invoice, unusable.message(), now);
        }
        else if (answer instanceof Answer.Failed failed) {
            retryOrGiveUp(invoice, failed.message(), now);
        }
    }

    private void retryOrGiveUp(ClaimedInvoice invoice, String error, Instant now) {
        if (invoice.attempt() >= settings.maxAttempts()) {
            log.warn("Invoice {} for the accounting service failed for good after {} attempts: {}", invoice.id(),
                    invoice.attempt(), error);
            queue.failed(invoice, error, now);
        }
        else {
            queue.retryAt(invoice, error, now.plus(settings.retryDelayAfter(invoice.attempt())), now);
        }
    }
}
