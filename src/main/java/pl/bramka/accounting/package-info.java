/**
 * The external accounting connector (the guide's "ING Księgowość"): invoices handed over by the invoice module are
 * queued in the caller's database transaction and created in the shop's ING Księgowość account through its public
 * API with the shop's key, retried with backoff on server errors and timeouts, and a rejected key or invoice is
 * shown to the merchant as a configuration error.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounting connector",
        allowedDependencies = {"integration", "shared"})
package pl.bramka.accounting;
