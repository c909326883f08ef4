package pl.bramka.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
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

    @Autowired
    TransactionLists lists;

    @Autowired
    TransactionTemplate inTransaction;

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
        assertThat(lists.ofOrder(shop.merchantId(), shop.serviceId(), "ZAM/1")).hasSize(4);
    }

    @Test
    void aPanelRefundIsMadeOncePerIdempotencyKey() {
        Payment payment = payments.open(payment("ZAM/2"));
        Transaction sale = processing.pay(payments.attempt(payment.id(), "blik").id(),
                new PayerInput.BlikCode("777123")).transaction();
        Transaction first = refunds.refund(sale, 10_00, "Zwrot", PaymentSource.WEB, "panel:form-1");
        Transaction again = refunds.refund(sale, 10_00, "Zwrot", PaymentSource.WEB, "panel:form-1");
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(payments.refundsOf(sale)).hasSize(1);
        assertThat(refunds.refundedWith(sale, "panel:form-1")).map(Transaction::id).contains(first.id());
    }

    @Test
    void theMigrationsBackfillGivesWhatStatusChangesMaintain() throws Exception {
        anOrderIsPaidOnceAnyAttemptSettledAndCountsItsAttemptsAndRefunds();
        String migration = new String(getClass().getResourceAsStream(
                "/db/migration/payment/V2026112440__transaction_search.sql").readAllBytes(), StandardCharsets.UTF_8);
        String maintained = "select order_id, currency, attempts, last_status, settled_amount, refunded_amount, "
                + "first_at, last_at from payment_order where service_id = ?";
        String payers = "select id, payer_name, payer_email from payment_transaction where service_id = ? order by id";
        List<Map<String, Object>> orderRows = jdbc.sql(maintained).param(shop.serviceId()).query().listOfRows();
        List<Map<String, Object>> payerRows = jdbc.sql(payers).param(shop.serviceId()).query().listOfRows();

        inTransaction.executeWithoutResult(status -> {
            jdbc.sql("delete from payment_order").update();
            jdbc.sql("update payment_transaction set payer_name = null, payer_email = null where service_id = ?")
                    .param(shop.serviceId()).update();
            jdbc.sql(statement(migration, "update payment_transaction t")).update();
            jdbc.sql(statement(migration, "insert into payment_order")).update();
            assertThat(jdbc.sql(maintained).param(shop.serviceId()).query().listOfRows()).isEqualTo(orderRows);
            assertThat(jdbc.sql(payers).param(shop.serviceId()).query().listOfRows()).isEqualTo(payerRows);
            status.setRollbackOnly();
        });
    }

    /** The migration's statement that starts with this text, up to its semicolon. */
    private static String statement(String migration, String start) {
        String from = migration.substring(migration.indexOf(start));
        return from.substring(0, from.indexOf(';'));
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
