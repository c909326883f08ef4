package pl.bramka.invoice;

import org.springframework.jdbc.core.simple.JdbcClient;
import pl.bramka.Fixtures.TestShop;

/** Switches a test shop to Bramka's own invoices, with the company data of its merchant that invoices need. */
public final class BuiltInInvoicing {

    private BuiltInInvoicing() {
    }

    public static void switchOn(JdbcClient jdbc, TestShop shop) {
        InvoicingTests.withCompanyData(jdbc, shop.merchantId());
        jdbc.sql("insert into shop_invoicing (service_id, mode) values (?, 'BUILT_IN')").param(shop.serviceId())
                .update();
    }
}
