package pl.bramka.invoice;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import pl.bramka.ksef.KsefInvoiceAccepted;
import pl.bramka.ksef.KsefInvoiceRejected;

/**
 * Stores what KSeF said about an invoice: its KSeF number, or its reason for refusing it. The events come inside
 * the transaction that records the answer in the KSeF module, so both are stored together.
 */
@Component
class KsefAnswers {

    private final InvoiceRepository invoices;

    KsefAnswers(InvoiceRepository invoices) {
        this.invoices = invoices;
    }

    @EventListener
    void on(KsefInvoiceAccepted accepted) {
        invoices.recordKsefAnswer(accepted.merchantId(), accepted.invoiceId(), Invoice.KsefState.ACCEPTED,
                accepted.ksefNumber(), null);
    }

    @EventListener
    void on(KsefInvoiceRejected rejected) {
        invoices.recordKsefAnswer(rejected.merchantId(), rejected.invoiceId(), Invoice.KsefState.REJECTED, null,
                rejected.reason());
    }
}
