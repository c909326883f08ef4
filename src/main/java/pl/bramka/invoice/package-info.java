/**
 * Invoices for payments. It accepts imoje's {@code invoice{buyer, positions}} object with a payment
 * ({@link pl.bramka.invoice.InvoiceObject}, stored by {@link pl.bramka.invoice.PaymentInvoices}); when a sale of a
 * shop with built-in invoicing settles it queues the invoice in the same database transaction, then a background job
 * numbers it in a gap-free monthly series, writes the FA(3) XML (the KSeF schema) and a PDF from the same data, and
 * e-mails them to the buyer; a settled refund gets a correcting invoice (KOR). Invoices the merchant sends to KSeF
 * are handed to {@code ksef} in the transaction that issues them, and KSeF's answer is stored when it comes; a shop
 * with the external accounting service has its sales handed to {@code accounting} instead of generated here. The
 * panel's {@code /invoices} pages and {@link pl.bramka.invoice.TransactionInvoices} (the invoices on a transaction's
 * page) show them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Invoices", allowedDependencies = {"payment", "shop",
        "merchant", "integration", "mail", "user", "ksef", "accounting", "shared"})
package pl.bramka.invoice;
