package pl.bramka.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.Fixtures.TestShop;
import pl.bramka.IntegrationTest;

/**
 * Ten payers take a reusable link limited to three uses at the same moment, over real HTTP: all of them submit the
 * link's page first, then everyone who got a payment pays it with BLIK. The link never has more settled sales than
 * its limit; the payers who found every place taken were told so and left nothing behind.
 */
class ReusableLinkLimitConcurrencyTests extends IntegrationTest {

    private static final int PAYERS = 10;
    private static final int LIMIT = 3;

    @Autowired
    PaymentLinks links;

    @Test
    void tenPayersAtOnceNeverMakeMoreSettledSalesThanTheLimit() throws Exception {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        TestShop shop = fixtures.shopOf(merchant);
        UUID linkId = links.create(merchant.id(), new NewLink(LinkKind.REUSABLE, shop.serviceId(), "Warsztaty",
                null, "PLN", 2_000L, null, null, null, null, null, null, LIMIT, null, Set.of(), "Anna Nowak"));
        String code = jdbc.sql("select code from payment_link where id = ?").param(linkId).query(String.class)
                .single();

        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        CyclicBarrier everyoneOpened = new CyclicBarrier(PAYERS);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(PAYERS);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < PAYERS; i++) {
            outcomes.add(pool.submit(() -> {
                start.await();
                HttpResponse<String> opened = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/l/" + code))
                        .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                        .header("Accept-Language", "pl").POST(HttpRequest.BodyPublishers.ofString("amount=20"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                everyoneOpened.await();
                if (opened.statusCode() != 303) {
                    assertThat(opened.statusCode()).isEqualTo(200);
                    return opened.body().contains("Wszystkie miejsca są teraz zajęte") ? "taken" : opened.body();
                }
                String paymentPage = opened.headers().firstValue("Location").orElseThrow();
                int paid = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + paymentPage))
                        .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                        .POST(HttpRequest.BodyPublishers.ofString("method=blik&blikCode=777123")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode();
                assertThat(paid).isIn(Set.of(200, 303));
                return "paid";
            }));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get());
        }
        pool.shutdown();

        assertThat(results).filteredOn("paid"::equals).hasSize(LIMIT);
        assertThat(results).filteredOn("taken"::equals).hasSize(PAYERS - LIMIT);
        assertThat(jdbc.sql("""
                select count(*) from payment_link_payment lp join payment_transaction t on t.payment_id = lp.payment_id
                where lp.link_id = ? and t.type = 'sale' and t.status = 'settled'""")
                .param(linkId).query(Integer.class).single()).isEqualTo(LIMIT);
        assertThat(jdbc.sql("select count(*) from payment_link_payment where link_id = ?").param(linkId)
                .query(Integer.class).single()).as("the payers turned away left no payment").isEqualTo(LIMIT);
        HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/l/" + code))
                .header("Accept", "text/html").header("Accept-Language", "pl").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(again.body()).contains("Ten link jest już opłacony");
    }
}
