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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.Fixtures.TestShop;
import pl.bramka.IntegrationTest;

/**
 * Twenty payers open one one-time link and pay it with BLIK at the same moment, over real HTTP: exactly one sale
 * settles, nobody gets an error page, and the link then tells everyone it is already paid.
 */
class OneTimeLinkConcurrencyTests extends IntegrationTest {

    private static final int PAYERS = 20;

    @Autowired
    PaymentLinks links;

    @Test
    void twentyPayersAtOnceMakeExactlyOneSettledSale() throws Exception {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        TestShop shop = fixtures.shopOf(merchant);
        UUID linkId = links.create(merchant.id(), LinkSamples.oneTime(shop.serviceId(), 15_000));
        String code = jdbc.sql("select code from payment_link where id = ?").param(linkId).query(String.class)
                .single();
        UUID paymentId = jdbc.sql("select payment_id from payment_link_payment where link_id = ?").param(linkId)
                .query(UUID.class).single();

        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        CountDownLatch opened = new CountDownLatch(PAYERS);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(PAYERS);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < PAYERS; i++) {
            answers.add(pool.submit(() -> {
                HttpResponse<String> linkPage = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/l/" + code))
                        .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
                assertThat(linkPage.body()).contains("/pay/" + paymentId);
                opened.countDown();
                start.await();
                return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/pay/" + paymentId))
                        .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                        .POST(HttpRequest.BodyPublishers.ofString("method=blik&blikCode=777123")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode();
            }));
        }
        // everyone has the link open before anyone pays
        assertThat(opened.await(1, TimeUnit.MINUTES)).as("every payer opened the link").isTrue();
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();

        assertThat(statuses).allSatisfy(status -> assertThat(status).isIn(Set.of(200, 303)));
        assertThat(jdbc.sql("""
                select count(*) from payment_transaction
                where payment_id = ? and type = 'sale' and status = 'settled'""")
                .param(paymentId).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from payment_transaction where payment_id = ? and status <> 'settled'")
                .param(paymentId).query(Integer.class).single()).isZero();
        HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/l/" + code))
                .header("Accept", "text/html").header("Accept-Language", "pl").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(again.body()).contains("Ten link jest już opłacony").doesNotContain("/pay/" + paymentId);
    }
}
