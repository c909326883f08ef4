package pl.bramka.invoice;

import java.time.Clock;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import pl.bramka.accounting.ExternalInvoicing;
import pl.bramka.integration.InvoicingMode;
import pl.bramka.integration.InvoicingSettings;
import pl.bramka.payment.Payment;
import pl.bramka.payment.Transaction;
import pl.bramka.payment.TransactionStatus;
import pl.bramka.payment.TransactionStatusChanged;
import pl.bramka.payment.TransactionType;

/**
 * Queues an invoice when a sale of a shop with built-in invoicing settles, and a correction when a refund of an
 * invoiced sale settles; a sale of a shop with the external accounting service is handed to that service's queue
 * instead. The row is written in the database transaction of the change (the outbox), so a crash
 * loses no invoice; the job that generates it runs later.
 */
@Component
class InvoiceQueue {

    private final InvoicingSettings settings;
    private final PaymentInvoices requests;
    private final InvoiceRepository invoices;
    private final InvoiceComposer composer;
    private final ExternalInvoicing external;
    private final Clock clock;

    InvoiceQueue(InvoicingSettings settings, PaymentInvoices requests, InvoiceRepository invoices,
            InvoiceComposer composer, ExternalInvoicing external, Clock clock) {
        this.settings = settings;
        this.requests = requests;
        this.invoices = invoices;
        this.composer = composer;
        this.external = external;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(TransactionStatusChanged changed) {
        Transaction transaction = changed.transaction();
        if (transaction.status() != TransactionStatus.SETTLED || changed.previous() == TransactionStatus.SETTLED) {
            return;
        }
        if (transaction.type() == TransactionType.SALE) {
            InvoicingMode mode = settings.of(transaction.serviceId()).mode();
            if (mode == InvoicingMode.BUILT_IN) {
                queueSale(transaction, changed.payment());
            } else if (mode == InvoicingMode.EXTERNAL) {
                external.submit(transaction.merchantId(), transaction.serviceId(), transaction.id(),
                        composer.external(transaction, changed.payment(), clock.instant()));
            }
        } else if (transaction.saleId() != null) {
            invoices.ofTransaction(transaction.merchantId(), transaction.saleId())
                    .filter(sale -> sale.kind() == InvoiceKind.VAT)
                    .ifPresent(sale -> invoices.queue(new Invoice(UUID.randomUUID(), transaction.merchantId(),
                            transaction.serviceId(), transaction.id(), transaction.paymentId(), sale.id(),
                            InvoiceKind.KOR, InvoiceState.QUEUED, null, null, sale.buyerName(), sale.buyerEmail(),
                            false, "pl",
                            -transaction.amount(), transaction.currency(), 0, null, clock.instant(), null, null,
                            null)));
        }
    }

    private void queueSale(Transaction sale, Payment payment) {
        InvoiceBuyer buyer = requests.of(sale.merchantId(), payment.id()).map(InvoiceDetails::buyer).orElse(null);
        String name = buyer != null ? buyer.fullName() : payment.customer().fullName();
        String email = buyer != null && buyer.email() != null ? buyer.email() : payment.customer().email();
        invoices.queue(new Invoice(UUID.randomUUID(), sale.merchantId(), sale.serviceId(), sale.id(), payment.id(),
                null, InvoiceKind.VAT, InvoiceState.QUEUED, null, null, name == null ? "" : name, email, false, "pl",
                sale.amount(), sale.currency(), 0, null, clock.instant(), null, null, null));
    }
}
