package pl.bramka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.bramka.Fixtures.TestShop;

/**
 * Over real HTTP, as Prometheus scrapes it: after sandbox payments the endpoint shows the business metrics, counted
 * in the database by the modules that own the data.
 */
class BusinessMetricsTests extends IntegrationTest {

    private static final String SETTLED_BLIK_SALES = "bramka_transactions{method=\"blik\",status=\"settled\",type=\"sale\"}";

    @Autowired
    SettledSales sales;

    @Test
    void afterSandboxPaymentsTheMetricsEndpointShowsThemWithTheOtherBusinessMetrics() throws InterruptedException {
        TestShop shop = fixtures.shopOf(fixtures.merchantWithAllRoles());
        try (HttpVisitor prometheus = HttpVisitor.of(baseUrl()).header("Accept", "text/plain")) {
            settledSale(shop);
            double before = awaitValue(prometheus, SETTLED_BLIK_SALES, settledBlikSalesInTheDatabase());

            settledSale(shop);
            settledSale(shop);

            assertThat(awaitValue(prometheus, SETTLED_BLIK_SALES, before + 2)).isEqualTo(before + 2);
            String metrics = prometheus.get("/actuator/prometheus").body();
            assertThat(metrics).contains("bramka_webhooks_queue_depth ", "bramka_webhooks_queue_oldest_due_age_seconds ",
                    "bramka_webhooks_failed ", "bramka_mail_outbox_depth ", "bramka_settlement_last_run_duration_seconds ");
            assertThat(valueOf(metrics, "bramka_webhooks_failed")).isNotNegative();
        }
    }

    private void settledSale(TestShop shop) {
        sales.settled(shop, 1250);
    }

    private double settledBlikSalesInTheDatabase() {
        return jdbc.sql("""
                select count(*) from payment_transaction
                where type = 'sale' and status = 'settled' and payment_method = 'blik'""").query(Long.class).single();
    }

    /** Scrapes until the series shows the value: the database-backed gauges refresh on their own schedule. */
    private static double awaitValue(HttpVisitor prometheus, String series, double expected)
            throws InterruptedException {
        double seen = Double.NaN;
        for (int scrape = 0; scrape < 100 && seen != expected; scrape++) {
            if (scrape > 0) {
                Thread.sleep(200);
            }
            seen = valueOf(prometheus.get("/actuator/prometheus").body(), series);
        }
        return seen;
    }

    private static double valueOf(String metrics, String series) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(metrics);
        return line.find() ? Double.parseDouble(line.group(1)) : Double.NaN;
    }
}
