package pl.bramka.invoice;

/** Where an invoice is: waiting to be generated, generated, e-mailed to the buyer, or given up after retries. */
public enum InvoiceState {
    QUEUED, ISSUED, EMAILED, FAILED
}
