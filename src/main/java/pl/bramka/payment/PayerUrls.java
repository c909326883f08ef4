package pl.bramka.payment;

import java.util.UUID;

/**
 * Paths of the pages a payer uses, shared by the API (its {@code action.url}), the payment page and the acquirer's
 * pages, which send the payer back when they are done.
 */
public final class PayerUrls {

    private PayerUrls() {
    }

    /** The payment page: choose a method, or see how the payment stands. */
    public static String paymentPage(UUID paymentId) {
        return "/pay/" + paymentId;
    }

    /** Where an acquirer's page sends the payer after a transaction: on to the shop, or to Bramka's result page. */
    public static String finished(Transaction transaction) {
        return "/pay/" + transaction.paymentId() + "/finished/" + transaction.id();
    }
}
