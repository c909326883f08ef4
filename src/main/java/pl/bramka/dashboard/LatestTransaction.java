package pl.bramka.dashboard;

import java.util.Locale;

import pl.bramka.payment.PanelStatus;
import pl.bramka.payment.Transaction;
import pl.bramka.payment.TransactionType;
import pl.bramka.shared.Money;

/** A row of the latest transactions; a refund's amount is shown as money going out. */
record LatestTransaction(Transaction transaction) {

    public PanelStatus status() {
        return PanelStatus.of(transaction.status());
    }

    public boolean refund() {
        return transaction.type() == TransactionType.REFUND;
    }

    public String amountText(Locale locale) {
        long signed = refund() ? -transaction.amount() : transaction.amount();
        return new Money(signed, transaction.currency()).format(locale);
    }
}
