package pl.bramka.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.bramka.Fixtures.TestShop;
import pl.bramka.IntegrationTest;

/** The orders list follows every status change of every attempt and refund, in the same database transaction. */
class OrderSummariesTests extends IntegrationTest {

    @Autowired
    Payments payments;

    @Autowired
    PaymentProcessing processing;

    @Autowired
    Refunds refunds;

    @Autowired
    OrderSummaries orders;

    TestShop shop;

    @BeforeEach
    void shop() {
        shop = fixtures.shopOf(fixtures.merchantWithAllRoles());
    }

    @Test
    void anOrderIsPaidOnceAnyAttemptSettledAndCountsItsAttemptsAndRefunds() {
        Payment payment = payments.open(payment("ZAM/1"));
        Transaction refused = payments.attempt(payment.id(), "blik");
        processing.pay(refused.id(), new PayerInput.BlikCode("111111"));
        assertThat(only().status()).isEqualTo(TransactionStatus.REJECTED);

        Transaction paid = payments.attempt(payment.id(), "blik");
        assertThat(only().status()).as("the latest attempt is new").isEqualTo(TransactionStatus.NEW);
        Transaction settled = processing.pay(paid.id(), new PayerInput.BlikCode("777123")).transaction();
        refunds.refund(settled, 25_00, "Zwrot", PaymentSource.WEB);

        Payment retry = payments.open(payment("ZAM/1"));
        payments.attempt(retry.id(), "blik");

        OrderSummary order = only();
        assertThat(order.attempts()).isEqualTo(3);
        assertThat(order.status()).as("paid, although the latest attempt is new").isEqualTo(TransactionStatus.SETTLED);
        assertThat(order.settledAmount()).isEqualTo(100_00);
        assertThat(order.refundedAmount()).isEqualTo(25_00);
        assertThat(orders.attemptsOf(shop.merchantId(), shop.serviceId(), "ZAM/1")).hasSize(4);
    }

    @Test
    void aPanelRefundIsMadeOncePerIdempotencyKey() {
        Payment payment = payments.open(payment("ZAM/2"));
        Transaction sale = processing.pay(payments.attempt(payment.id(), "blik").id(),
                new PayerInput.BlikCode("777123")).transaction();
        Transaction first = refunds.refund(sale, 10_00, "Zwrot", PaymentSource.WEB, "panel:form-1");
        Transaction again = refunds.refund(sale, 10_00, "Zwrot", PaymentSource.WEB, "panel:form-1");
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(payments.refundsOf(sale.id())).hasSize(1);
        assertThat(refunds.refundedWith(sale, "panel:form-1")).map(Transaction::id).contains(first.id());
    }

    private OrderSummary only() {
        return orders.page(shop.merchantId(), Optional.empty()).rows().stream()
                .filter(order -> order.serviceId().equals(shop.serviceId())).reduce((a, b) -> {
                    throw new AssertionError("more than one order");
                }).orElseThrow();
    }

    private NewPayment payment(String orderId) {
        return new NewPayment(shop.serviceId(), PaymentSource.WEB, 100_00, "PLN", orderId, "Zakupy", null,
                new Customer("Jan", "Kowalski", "jan@example.com", null), null, null, ReturnUrls.none(), null, null,
                null, "pl", null);
    }
}
