package pl.bramka.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import pl.bramka.Fixtures.TestShop;
import pl.bramka.IntegrationTest;
import pl.bramka.SettledSales;

/**
 * A settled sale keeps the commission of the moment it settled: payouts subtract it as stored, so a later change of
 * the shop's commission table, or a refund of the sale, never changes it, and it is never missing.
 */
class SettledCommissionTests extends IntegrationTest {

    @Autowired
    SettledSales sales;

    @Autowired
    Payments payments;

    @Autowired
    Refunds refunds;

    @Test
    void theCommissionIsStoredWhenTheSaleSettlesAndNeverRecomputed() {
        TestShop shop = fixtures.shopOf(fixtures.merchantWithAllRoles());
        Transaction sale = sales.settled(shop, 10_000);
        assertThat(sale.commission()).as("1.29% of 100 zł + 0.25 zł").isEqualTo(154L);

        jdbc.sql("update shop_payment_method set percent_bp = 500 where service_id = ? and method_code = 'blik'")
                .param(shop.serviceId()).update();
        refunds.refund(sale, 4_000, "Zwrot", PaymentSource.WEB);
        Transaction later = sales.settled(shop, 10_000);

        assertThat(payments.transactionOfMerchant(shop.merchantId(), sale.id()).orElseThrow().commission())
                .isEqualTo(154L);
        assertThat(later.commission()).as("the new table for the new sale").isEqualTo(525L);
    }

    @Test
    void aSettledSaleCannotLoseItsCommission() {
        TestShop shop = fixtures.shopOf(fixtures.merchantWithAllRoles());
        Transaction sale = sales.settled(shop, 1_000);

        assertThatThrownBy(() -> jdbc.sql("update payment_transaction set commission = null where id = ?")
                .param(sale.id()).update()).isInstanceOf(DataIntegrityViolationException.class);
    }
}
