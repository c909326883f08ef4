package pl.bramka.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.Fixtures.TestShop;
import pl.bramka.HttpVisitor;
import pl.bramka.IntegrationTest;
import pl.bramka.payment.PayerInput;
import pl.bramka.payment.Payment;
import pl.bramka.payment.PaymentProcessing;
import pl.bramka.payment.Payments;
import pl.bramka.payment.Transaction;
import pl.bramka.user.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Links as the rest of the gateway sees them: the API's links in the panel's list with their payment's state, the
 * shop's signed notifications for a link's payment, expiry, and a reusable link's limit of uses.
 */
class PaymentLinkIntegrationTests extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    PaymentLinks links;

    @Autowired
    Payments payments;

    @Autowired
    PaymentProcessing processing;

    TestMerchant merchant;
    TestShop shop;

    @BeforeEach
    void shop() {
        merchant = fixtures.merchantWithAllRoles();
        shop = fixtures.shopOf(merchant);
    }

    @Test
    void aLinkMadeByTheApiIsListedAsApiAndFollowsItsPayment() throws Exception {
        String paymentId;
        try (HttpVisitor api = HttpVisitor.of(baseUrl())) {
            HttpVisitor.Answer created = api.postJson("/v1/merchant/" + shop.merchantPublicId() + "/payment", """
                    {"serviceId":"%s","amount":12999,"currency":"PLN","orderId":"WOO-77","title":"Zamówienie WOO-77",
                     "customer":{"firstName":"Jan","lastName":"Kowalski","email":"jan@example.com"}}"""
                    .formatted(shop.serviceId()), shop.apiToken());
            assertThat(created.status()).isEqualTo(200);
            paymentId = JSON.readTree(created.body()).at("/payment/id").stringValue();
            String list = panel("/payment-links?kind=api");
            assertThat(list).contains("Zamówienie WOO-77").contains("WOO-77").contains("API").contains("Aktywny")
                    .contains("129,99");
            UUID linkId = jdbc.sql("select link_id from payment_link_payment where payment_id = ?")
                    .param(UUID.fromString(paymentId)).query(UUID.class).single();
            assertThat(panel("/payment-links/" + linkId)).contains("/pay/" + paymentId).contains("Jan Kowalski");

            HttpVisitor.Answer cancelled = api.postJson("/v1/merchant/" + shop.merchantPublicId()
                    + "/payment/cancel", "{\"serviceId\":\"%s\",\"paymentId\":\"%s\"}".formatted(shop.serviceId(),
                    paymentId), shop.apiToken());
            assertThat(cancelled.status()).isEqualTo(200);
        }
        assertThat(panel("/payment-links?state=cancelled")).contains("Zamówienie WOO-77");
        assertThat(panel("/payment-links?state=active")).doesNotContain("Zamówienie WOO-77");
    }

    @Test
    void theShopIsNotifiedOfALinksPaymentWithImojesPaymentObject() throws Exception {
        List<byte[]> received = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/notify", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                received.add(body.readAllBytes());
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        try {
            jdbc.sql("update shop set notification_url = ? where service_id = ?")
                    .params("http://127.0.0.1:" + receiver.getAddress().getPort() + "/notify", shop.serviceId())
                    .update();
            UUID linkId = links.create(merchant.id(), LinkSamples.oneTime(shop.serviceId(), 7_700));
            Link link = links.find(merchant.id(), linkId).orElseThrow();
            UUID paymentId = links.singlePayment(link).id();
            Transaction sale = payments.attempt(paymentId, "blik");
            processing.pay(sale.id(), new PayerInput.BlikCode("777123"));

            JsonNode settled = awaitNotification(received, "settled");
            assertThat(settled.at("/payment/id").stringValue()).isEqualTo(paymentId.toString());
            assertThat(settled.at("/payment/status").stringValue()).isEqualTo("settled");
            assertThat(settled.at("/payment/amount").intValue()).isEqualTo(7_700);
            assertThat(settled.at("/transaction/id").stringValue()).isEqualTo(sale.id().toString());
            assertThat(links.stateOf(link)).isEqualTo(LinkState.PAID);
        } finally {
            receiver.stop(0);
        }
    }

    @Test
    void aOneTimeLinkExpiresWithItsPayment() throws Exception {
        Instant validTo = clock.instant().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
        NewLink sample = LinkSamples.oneTime(shop.serviceId(), 1_000);
        UUID linkId = links.create(merchant.id(), new NewLink(sample.kind(), sample.serviceId(), sample.title(),
                sample.description(), sample.currency(), sample.amount(), null, null, null, null, null, null, null,
                validTo, Set.of(), "Anna Nowak"));
        Link link = links.find(merchant.id(), linkId).orElseThrow();
        UUID paymentId = links.singlePayment(link).id();
        assertThat(links.singlePayment(link).validTo()).isEqualTo(validTo);
        String code = link.code();

        clock.advance(Duration.ofHours(3));
        assertThat(links.stateOf(link)).isEqualTo(LinkState.EXPIRED);
        assertThat(panel("/payment-links?state=expired")).contains(link.title());
        assertThat(mvc.perform(get("/l/" + code)).andReturn().getResponse().getContentAsString())
                .contains("Ten link wygasł").doesNotContain("/pay/" + paymentId);
    }

    @Test
    void aReusableLinkStopsAtItsLimitOfSettledUses() {
        NewLink sample = LinkSamples.reusable(shop.serviceId(), 100, 10_000, Set.of());
        UUID linkId = links.create(merchant.id(), new NewLink(sample.kind(), sample.serviceId(), sample.title(),
                null, "PLN", 2_000L, null, null, null, null, null, null, 2, null, Set.of(), "Anna Nowak"));
        Link link = links.find(merchant.id(), linkId).orElseThrow();
        for (int i = 0; i < 2; i++) {
            UUID paymentId = links.openForPayer(link, 2_000, PaymentLinks.customer("Jan Nowak", null, null), null,
                    "pl").id();
            processing.pay(payments.attempt(paymentId, "blik").id(), new PayerInput.BlikCode("777123"));
        }
        assertThat(links.stateOf(link)).isEqualTo(LinkState.PAID);
        assertThatThrownBy(() -> links.openForPayer(link, 2_000,
                PaymentLinks.customer(null, null, null), null, "pl")).isInstanceOf(LinkUnavailable.class);
        assertThat(jdbc.sql("select count(*) from payment_link_payment where link_id = ?").param(linkId)
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void aPaymentInProgressHoldsAPlaceOfALimitedLinkUntilItExpiresOrIsCancelled() throws Exception {
        jdbc.sql("update shop set payment_activity_seconds = 600 where service_id = ?").param(shop.serviceId())
                .update();
        UUID linkId = links.create(merchant.id(), new NewLink(LinkKind.REUSABLE, shop.serviceId(), "Warsztaty",
                null, "PLN", 2_000L, null, null, null, null, null, null, 1, null, Set.of(), "Anna Nowak"));
        String code = links.find(merchant.id(), linkId).orElseThrow().code();

        UUID first = openedPayment(code);
        for (String lang : new String[] {"pl", "en"}) {
            MockHttpServletResponse taken = mvc.perform(post("/l/" + code).param("amount", "20")
                    .header("Accept-Language", lang)).andReturn().getResponse();
            assertThat(taken.getStatus()).isEqualTo(200);
            assertThat(taken.getContentAsString()).contains(lang.equals("pl")
                    ? "Wszystkie miejsca są teraz zajęte" : "All places are taken at the moment")
                    .doesNotContain("name=\"amount\"");
        }
        assertThat(mvc.perform(get("/l/" + code)).andReturn().getResponse().getContentAsString())
                .as("the link's page says so before the payer fills anything in")
                .contains("Wszystkie miejsca są teraz zajęte");
        assertThat(paymentsOfLink(linkId)).as("nothing written for the payers turned away").isEqualTo(1);

        clock.advance(Duration.ofMinutes(11));
        UUID second = openedPayment(code);
        assertThat(second).as("an expired payment frees its place, swept or not").isNotEqualTo(first);
        payments.cancel(second);
        UUID third = openedPayment(code);
        processing.pay(payments.attempt(third, "blik").id(), new PayerInput.BlikCode("777123"));

        MockHttpServletResponse paid = mvc.perform(post("/l/" + code).param("amount", "20")).andReturn()
                .getResponse();
        assertThat(paid.getContentAsString()).contains("Ten link jest już opłacony");
        assertThat(paymentsOfLink(linkId)).isEqualTo(3);
        assertThat(links.stateOf(links.find(merchant.id(), linkId).orElseThrow())).isEqualTo(LinkState.PAID);
    }

    @Test
    void aReusableLinksPayerGivesTheDetailsItAsksForAndGetsTheirOwnPayment() throws Exception {
        UUID linkId = links.create(merchant.id(), new NewLink(LinkKind.REUSABLE, shop.serviceId(), "Bilet wstępu",
                "Koncert 12.12", "PLN", 4_500L, null, null, "KONCERT", null, null, List.of("blik"), null, null,
                Set.of(PayerField.PHONE, PayerField.ADDRESS), "Anna Nowak"));
        String code = links.find(merchant.id(), linkId).orElseThrow().code();

        String page = mvc.perform(get("/l/" + code)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("45,00").contains("Telefon").contains("Kod pocztowy")
                .doesNotContain("name=\"amount\"").doesNotContain("name=\"email\"");
        MockHttpServletResponse refused = mvc.perform(post("/l/" + code).param("phone", "zadzwoń")
                .param("street", "ul. Polna 1").param("postalCode", "").param("city", "Warszawa").param("amount", "1"))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("id=\"link-phone-error\"")
                .contains("id=\"link-postal-code-error\"").contains("value=\"ul. Polna 1\"");
        assertThat(links.paymentsOf(links.find(merchant.id(), linkId).orElseThrow())).isEmpty();

        MockHttpServletResponse opened = mvc.perform(post("/l/" + code).param("phone", "+48 600 100 200")
                .param("street", "ul. Polna 1").param("postalCode", "00-001").param("city", "Warszawa")
                .param("amount", "1")).andReturn().getResponse();
        assertThat(opened.getStatus()).isEqualTo(303);
        List<Payment> made = links.paymentsOf(links.find(merchant.id(), linkId).orElseThrow());
        assertThat(made).hasSize(1);
        assertThat(opened.getRedirectedUrl()).isEqualTo("/pay/" + made.get(0).id());
        assertThat(made.get(0).amount()).as("a fixed amount, whatever is posted").isEqualTo(4_500);
        assertThat(made.get(0).orderId()).isEqualTo("KONCERT");
        assertThat(made.get(0).customer().phone()).isEqualTo("+48 600 100 200");
        assertThat(made.get(0).billing()).containsEntry("postalCode", "00-001").containsEntry("city", "Warszawa");
        assertThat(made.get(0).visibleMethods()).containsExactly("blik");
    }

    @Test
    void aLinksPagePagesItsPaymentsByKeysetAndTotalsAllOfThem() throws Exception {
        UUID linkId = links.create(merchant.id(), LinkSamples.reusable(shop.serviceId(), 100, 100_000, Set.of()));
        Link link = links.find(merchant.id(), linkId).orElseThrow();
        long settledTotal = 0;
        for (int i = 0; i < 53; i++) {
            UUID paymentId = links.openForPayer(link, 1_000 + i, PaymentLinks.customer("Płacący " + i, null, null),
                    null, "pl").id();
            if (i < 2 || i == 52) {
                processing.pay(payments.attempt(paymentId, "blik").id(), new PayerInput.BlikCode("777123"));
                settledTotal += 1_000 + i;
            }
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(settledTotal).isEqualTo(3_053);

        String first = panel("/payment-links/" + linkId);
        assertThat(paymentRows(first)).as("newest first, 50 a page").isEqualTo(50);
        assertThat(first).contains("Płacący 52<").contains("Płacący 3<").doesNotContain("Płacący 2<")
                .contains("id=\"link-total\">30,53").contains("id=\"link-uses\">3<");
        String older = panel(pageLink(first, "next"));
        assertThat(paymentRows(older)).isEqualTo(3);
        assertThat(older).contains("Płacący 2<").contains("Płacący 1<").contains("Płacący 0<")
                .doesNotContain("Płacący 3<").doesNotContain("rel=\"next\"")
                .as("the total covers every payment, not the page").contains("id=\"link-total\">30,53")
                .contains("href=\"/payment-links/" + linkId + "\"");
        assertThat(panel("/payment-links/" + linkId + "?older=nonsense")).as("a cursor it did not make: the top")
                .contains("Płacący 52<");
    }

    @Test
    void anUnknownOrMalformedCodeIsNotFound() throws Exception {
        for (String code : new String[] {"AAAAAAAAAAAAAAAA", "short", "AAAAAAAAAAAAAAA!"}) {
            MockHttpServletResponse answer = mvc.perform(get("/l/" + code)).andReturn().getResponse();
            assertThat(answer.getStatus()).as(code).isEqualTo(404);
            assertThat(answer.getContentAsString()).contains("Nie ma takiego linku");
            assertThat(mvc.perform(post("/l/" + code)).andReturn().getResponse().getStatus()).isEqualTo(404);
        }
    }

    @Test
    void theListPagesByKeysetAndEveryFilterIsAParameter() throws Exception {
        TestShop otherShop = fixtures.shopOf(merchant);
        for (int i = 0; i < 52; i++) {
            links.create(merchant.id(), new NewLink(LinkKind.REUSABLE, shop.serviceId(), "Zbiórka " + i, null, "PLN",
                    1_000L, null, null, "ZB/" + i, null, null, null, null, null, Set.of(), "Anna Nowak"));
        }
        links.create(merchant.id(), LinkSamples.oneTime(otherShop.serviceId(), 3_000));

        String first = panel("/payment-links?shop=" + shop.serviceId());
        assertThat(rows(first)).isEqualTo(50).as("newest first");
        assertThat(first).contains("Zbiórka 51").doesNotContain("Zbiórka 1<").doesNotContain("rel=\"prev\"");
        String second = panel(pageLink(first, "next"));
        assertThat(rows(second)).isEqualTo(2);
        assertThat(second).contains("Zbiórka 1<").contains("Zbiórka 0<").contains("shop=" + shop.serviceId())
                .doesNotContain("rel=\"next\"");
        String backAgain = panel(pageLink(second, "prev"));
        assertThat(rows(backAgain)).isEqualTo(50);
        assertThat(backAgain).contains("Zbiórka 51").contains("Zbiórka 2<");

        assertThat(rows(panel("/payment-links?kind=one_time"))).isEqualTo(1);
        assertThat(rows(panel("/payment-links?q=zb/1"))).isEqualTo(11);
        assertThat(rows(search("zbiórka 50"))).isEqualTo(1);
        assertThat(rows(search("%"))).as("wildcards are searched for as typed").isZero();
        assertThat(rows(search("_"))).isZero();
        String refused = panel("/payment-links?kind=bogus&state=sold&shop=" + UUID.randomUUID());
        assertThat(refused).contains("id=\"kind-error\"").contains("id=\"state-error\"")
                .contains("id=\"shop-error\"");
        assertThat(rows(refused)).isZero();
    }

    private UUID openedPayment(String code) throws Exception {
        MockHttpServletResponse opened = mvc.perform(post("/l/" + code).param("amount", "20")).andReturn()
                .getResponse();
        assertThat(opened.getStatus()).isEqualTo(303);
        return UUID.fromString(opened.getRedirectedUrl().substring("/pay/".length()));
    }

    private int paymentsOfLink(UUID linkId) {
        return jdbc.sql("select count(*) from payment_link_payment where link_id = ?").param(linkId)
                .query(Integer.class).single();
    }

    private static int rows(String page) {
        return page.split("data-link-id=", -1).length - 1;
    }

    private static int paymentRows(String page) {
        return page.split("payment-amount\"", -1).length - 1;
    }

    private static String pageLink(String page, String rel) {
        Matcher link = Pattern.compile("href=\"([^\"]+)\" rel=\"" + rel + "\"").matcher(page);
        assertThat(link.find()).as(rel + " link").isTrue();
        return link.group(1).replace("&amp;", "&");
    }

    private JsonNode awaitNotification(List<byte[]> received, String transactionStatus) throws InterruptedException {
        Instant giveUp = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(giveUp)) {
            for (byte[] body : received) {
                JsonNode json = JSON.readTree(new String(body, StandardCharsets.UTF_8));
                if (transactionStatus.equals(json.at("/transaction/status").stringValue())) {
                    return json;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No notification of a " + transactionStatus + " transaction; got "
                + received.stream().map(body -> new String(body, StandardCharsets.UTF_8)).toList());
    }

    private String search(String text) throws Exception {
        return mvc.perform(get("/payment-links").param("q", text)
                .with(user(fixtures.signedIn(merchant.email(Role.FINANCE_PASSIVE))))).andReturn().getResponse()
                .getContentAsString();
    }

    private String panel(String path) throws Exception {
        return mvc.perform(get(path).with(user(fixtures.signedIn(merchant.email(Role.FINANCE_PASSIVE)))))
                .andReturn().getResponse().getContentAsString();
    }
}
