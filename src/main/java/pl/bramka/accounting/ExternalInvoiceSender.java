package pl.bramka.accounting;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import pl.bramka.accounting.AccountingClient.Answer;
import pl.bramka.integration.AccountingKeys;

/**
 * Sends the due invoices to the accounting service: claims a few in a short database transaction, sends each with
 * no database connection held, and records the answer. A created invoice keeps the service's document id and PDF
 * link; a 4xx is a configuration error, final, also shown next to the shop's key; a 5xx, a timeout or no connection
 * is retried after a delay that doubles each time, until the last attempt. A shop without a key gets a
 * configuration error without a call. Any number of nodes may run this side by side over one database.
 */
@Component
class ExternalInvoiceSender {

    static final String NO_KEY = "The shop has no ING Księgowość key";
    private static final Logger log = LoggerFactory.getLogger(ExternalInvoiceSender.class);
    private static final int BATCH = 10;

    private final ExternalInvoiceQueue queue;
    private final AccountingClient client;
    private final AccountingKeys keys;
    private final AccountingSettings settings;
    private final TransactionTemplate inTransaction;
    private final Clock clock;

    ExternalInvoiceSender(ExternalInvoiceQueue queue, AccountingClient client, AccountingKeys keys,
            AccountingSettings settings, TransactionTemplate inTransaction, Clock clock) {
        this.queue = queue;
        this.client = client;
        this.keys = keys;
        this.settings = settings;
        this.inTransaction = inTransaction;
        this.clock = clock;
    }

    /** Sends batches until nothing is due; returns how many attempts were made. */
    @Scheduled(fixedDelayString = "${bramka.accounting.poll-interval:10s}")
    int sendDue() {
        int attempts = 0;
        List<ClaimedInvoice> claimed;
        do {
            Instant now = clock.instant();
            claimed = inTransaction.execute(status -> queue.claim(now, now.plus(settings.lease()), BATCH));
            for (ClaimedInvoice invoice : claimed) {
                send(invoice);
            }
            attempts += claimed.size();
        }
        while (claimed.size() == BATCH);
        return attempts;
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
