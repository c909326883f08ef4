package pl.bramka.payment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.bramka.Fixtures.TestShop;
import pl.bramka.IntegrationTest;
import pl.bramka.QueryPlan;

/**
 * The dashboard's latest transactions come from the newest end of payment_transaction_merchant_idx, also when the
 * merchant has 200,000 transactions over 60 days: no scan of the table, no sort.
 */
class LatestTransactionsQueryPlanTests extends IntegrationTest {

    @Autowired
    Payments payments;

    TestShop shop;
    Payment payment;

    @BeforeEach
    void seedTransactions() {
        shop = fixtures.shopOf(fixtures.merchantWithAllRoles());
        payment = payments.open(new NewPayment(shop.serviceId(), PaymentSource.API, 100, "PLN", "Seeded", "Seeded",
                null, Customer.unknown(), null, null, ReturnUrls.none(), null, null, null, null, null));
        jdbc.sql("""
                insert into payment_transaction (id, payment_id, merchant_id, service_id, type, status, source,
                    amount, currency, order_id, title, payment_method, payment_method_code, blik_transaction_id,
                    commission, created_at, modified_at)
                select gen_random_uuid(), ?, ?, ?, 'sale', case when i % 10 = 0 then 'rejected' else 'settled' end,
                    'api', 100 + i % 50000, case when i % 4 = 0 then 'EUR' else 'PLN' end, 'Order ' || i,
                    'Seeded', 'blik', 'blik', lpad(i::text, 12, '0'), case when i % 10 <> 0 then 25 end,
                    now() - (i % 60) * interval '1 day' - (i % 86400) * interval '1 second', now()
                from generate_series(1, 200000) i""")
                .params(payment.id(), shop.merchantId(), shop.serviceId()).update();
        jdbc.sql("analyze payment_transaction").update();
    }

    @AfterEach
    void removeTransactions() {
        jdbc.sql("delete from payment_transaction where payment_id = ?").param(payment.id()).update();
    }

    @Test
    void theLatestTenWalkTheMerchantIndexWithoutSorting() {
        QueryPlan plan = QueryPlan.of(jdbc, TransactionRepository.LATEST_OF_MERCHANT, shop.merchantId(), 10);

        assertThat(plan.scansSequentially("payment_transaction")).as("%s", plan).isFalse();
        assertThat(plan.usesIndex("payment_transaction_merchant_idx")).as("%s", plan).isTrue();
        assertThat(plan.sorts()).as("%s", plan).isFalse();
    }
}
