package pl.bramka.integration;

/** How a shop's completed payments are invoiced. */
public enum InvoicingMode {
    /** No invoices (the default). */
    OFF,
    /** Bramka issues the invoice itself: FA(3) XML and a PDF e-mailed to the buyer. */
    BUILT_IN,
    /** The external accounting service of the shop's ING Księgowość key issues it. */
    EXTERNAL
}
