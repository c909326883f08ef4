package pl.bramka;

import java.util.Map;
import java.util.UUID;

import org.springframework.boot.test.context.TestComponent;
import pl.bramka.Fixtures.TestShop;
import pl.bramka.payment.Customer;
import pl.bramka.payment.NewPayment;
import pl.bramka.payment.PayerInput;
import pl.bramka.payment.Payment;
import pl.bramka.payment.PaymentProcessing;
import pl.bramka.payment.PaymentSource;
import pl.bramka.payment.Payments;
import pl.bramka.payment.ReturnUrls;
import pl.bramka.payment.Transaction;

/** Sales paid with BLIK in the sandbox, as a payer on the payment page pays them: settled at once. */
@TestComponent
public class SettledSales {

    static final String PAYING_BLIK_CODE = "777123";

    private final Payments payments;
    private final PaymentProcessing processing;

    SettledSales(Payments payments, PaymentProcessing processing) {
        this.payments = payments;
        this.processing = processing;
    }

    public Transaction settled(TestShop shop, long amount, String orderId, String title, Customer payer) {
        Payment payment = payments.open(new NewPayment(shop.serviceId(), PaymentSource.WEB, amount, "PLN", orderId,
                title, null, payer, Map.of("street", "ul. Polna 1", "postalCode", "00-001", "city", "Warszawa"), null,
                ReturnUrls.none(), null, null, null, "pl", null));
        Transaction sale = payments.attempt(payment.id(), "blik");
        return processing.pay(sale.id(), new PayerInput.BlikCode(PAYING_BLIK_CODE)).transaction();
    }

    public Transaction settled(TestShop shop, long amount) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return settled(shop, amount, "ZAM/" + suffix, "Zakupy " + suffix,
                new Customer("Anna", "Nowak-" + suffix, "anna." + suffix + "@example.com", "+48600100200"));
    }
}
