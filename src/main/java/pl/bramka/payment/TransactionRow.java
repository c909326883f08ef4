package pl.bramka.payment;

import org.jspecify.annotations.Nullable;

/** A transaction as the panel lists it, with the payer copied from its payment. */
public record TransactionRow(Transaction transaction, @Nullable String payerName, @Nullable String payerEmail) {

    public PanelStatus panelStatus() {
        return PanelStatus.of(transaction.status());
    }
}
