/**
 * Sending invoices to KSeF, Poland's National e-Invoice System: the per-merchant settings (on or off, the
 * environment, whether consumers' invoices go too, the sealed KSeF token), the queue of FA(3) invoices the invoice
 * module hands over with {@link pl.bramka.ksef.KsefSubmissions}, and the KSeF API 2.0 client that authenticates with
 * the token, sends each invoice encrypted in an online session and fetches its KSeF number and UPO, retrying with
 * backoff and publishing {@link pl.bramka.ksef.KsefInvoiceAccepted} or {@link pl.bramka.ksef.KsefInvoiceRejected}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "KSeF",
        allowedDependencies = {"merchant", "secret", "user", "shared"})
package pl.bramka.ksef;
