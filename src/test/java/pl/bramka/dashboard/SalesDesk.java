package pl.bramka.dashboard;

import java.util.UUID;

import pl.bramka.payment.Customer;
import pl.bramka.payment.NewPayment;
import pl.bramka.payment.PayerInput;
import pl.bramka.payment.PaymentProcessing;
import pl.bramka.payment.PaymentSource;
import pl.bramka.payment.Payments;
import pl.bramka.payment.Refunds;
import pl.bramka.payment.ReturnUrls;
import pl.bramka.payment.Transaction;

/**
 * Sales and refunds made through the payment core, as payers and shops make them, paid in the sandbox. Built by
 * each test from the application's beans, so the suite keeps its one Spring context.
 */
class SalesDesk {

    /** The sandbox's BLIK codes: one the bank accepts, one it refuses. */
    static final String ACCEPTED_BLIK = "777123";
    static final String REFUSED_BLIK = "111111";

    private final Payments payments;
    private final PaymentProcessing processing;
    private final Refunds refunds;

    SalesDesk(Payments payments, PaymentProcessing processing, Refunds refunds) {
        this.payments = payments;
        this.processing = processing;
        this.refunds = refunds;
    }

    /** A sale paid at once: BLIK for złoty, a test card for other currencies. */
    Transaction settledSale(UUID serviceId, long amount, String currency) {
        return pay(serviceId, amount, currency, "Order " + UUID.randomUUID().toString().substring(0, 8), "Zakupy",
                true);
    }

    /** A złoty sale the payer's bank refused. */
    Transaction rejectedSale(UUID serviceId, long amount) {
        return pay(serviceId, amount, "PLN", "Refused " + UUID.randomUUID().toString().substring(0, 8), "Zakupy",
                false);
    }

    /** A sale paid with BLIK under a chosen title (listeners in tests react to some titles). */
    Transaction settledSale(UUID serviceId, long amount, String orderId, String title) {
        return pay(serviceId, amount, "PLN", orderId, title, true);
    }

    Transaction refund(Transaction sale, long amount) {
        return refunds.refund(sale, amount, "Zwrot", PaymentSource.API);
    }

    private Transaction pay(UUID serviceId, long amount, String currency, String orderId, String title,
            boolean accepted) {
        var payment = payments.open(new NewPayment(serviceId, PaymentSource.WEB, amount, currency, orderId, title,
                null, new Customer("Jan", "Kowalski", "jan@example.com", null), null, null, ReturnUrls.none(), null,
                null, null, "pl", null));
        if (currency.equals("PLN")) {
            Transaction sale = payments.attempt(payment.id(), "blik");
            return processing.pay(sale.id(), new PayerInput.BlikCode(accepted ? ACCEPTED_BLIK : REFUSED_BLIK))
                    .transaction();
        }
        Transaction sale = payments.attempt(payment.id(), "ecom3ds");
        return processing.pay(sale.id(), new PayerInput.Card("4111111111111111", 12, 2029, "123")).transaction();
    }
}
