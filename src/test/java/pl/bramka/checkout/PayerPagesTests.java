package pl.bramka.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import pl.bramka.Fixtures.TestShop;
import pl.bramka.IntegrationTest;
import pl.bramka.payment.ApiSale;
import pl.bramka.payment.Customer;
import pl.bramka.payment.NewPayment;
import pl.bramka.payment.PayerInput;
import pl.bramka.payment.PayerUrls;
import pl.bramka.payment.Payment;
import pl.bramka.payment.PaymentProcessing;
import pl.bramka.payment.PaymentSource;
import pl.bramka.payment.Payments;
import pl.bramka.payment.ReturnUrls;
import pl.bramka.payment.Transaction;
import pl.bramka.payment.TransactionStatus;

/** The payment page, the attempt pages and the result page over HTTP, rule by rule. */
class PayerPagesTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Payments payments;

    @Autowired
    PaymentProcessing processing;

    TestShop shop;

    @BeforeEach
    void shop() {
        shop = fixtures.shopOf(fixtures.merchantWithAllRoles());
    }

    @Test
    void anUnknownOrMalformedAddressIsThePayersNotFoundPage() throws Exception {
        Payment payment = open(ReturnUrls.none(), null, null);
        for (String path : List.of("/pay/" + UUID.randomUUID(), "/pay/not-a-payment", "/pay/1-1-1-1-1",
                "/pay/" + payment.id() + "/finished/" + UUID.randomUUID(),
                "/pay/" + payment.id() + "/attempt/" + UUID.randomUUID(),
                "/pay/sandbox/" + UUID.randomUUID() + "/bank")) {
            MockHttpServletResponse response = perform(get(path));
            assertThat(response.getStatus()).as(path).isEqualTo(404);
            assertThat(response.getContentAsString()).as(path).contains("Nie znaleziono")
                    .doesNotContain("Zaloguj");
        }
        // An address no controller has goes through the error page, which is the payers' too.
        HttpResponse<String> unmapped = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(baseUrl() + "/pay/" + payment.id() + "/nothing/here")).header("Accept-Language", "en")
                .header("Accept", "text/html")
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unmapped.statusCode()).isEqualTo(404);
        assertThat(unmapped.body()).contains("Payment not found").contains("pp-main").doesNotContain("Sign in");
    }

    @Test
    void thePageShowsTheShopsMethodsForThePaymentAndPreselectsTheShopsChoice() throws Exception {
        Payment payment = payments.open(newPayment(ReturnUrls.none(), List.of("blik", "pbl"), "ing", null, 12345));

        String page = perform(get("/pay/" + payment.id())).getContentAsString();

        assertThat(page).contains("123,45").contains("ORDER-1").contains("Rower miejski")
                .contains("id=\"method-blik\"").contains("id=\"method-mtransfer\"").contains("mBank")
                .doesNotContain("id=\"method-ecom3ds\"").doesNotContain("id=\"method-gpay\"");
        assertThat(page).containsPattern("id=\"method-ing\"[^>]*checked");
        assertThat(page).doesNotContainPattern("id=\"method-blik\"[^>]*checked");
    }

    @Test
    void theLanguageIsThePayersChoiceElseThePaymentsElseTheBrowsers() throws Exception {
        assertThat(language(open(ReturnUrls.none(), "en", null), null, null)).isEqualTo("en");
        assertThat(language(open(ReturnUrls.none(), "de", null), null, null)).as("other imoje languages")
                .isEqualTo("en");
        Payment unset = open(ReturnUrls.none(), null, null);
        assertThat(language(unset, "en-US,en;q=0.9", null)).isEqualTo("en");
        assertThat(language(unset, "de-DE,pl;q=0.5", null)).isEqualTo("pl");
        assertThat(language(unset, "de-DE", null)).isEqualTo("en");
        assertThat(language(unset, null, null)).isEqualTo("pl");
        assertThat(language(open(ReturnUrls.none(), "en", null), null, "pl")).as("the switch's cookie wins")
                .isEqualTo("pl");
        MockHttpServletResponse switched = perform(get("/pay/" + unset.id()).param("lang", "en"));
        assertThat(switched.getContentAsString()).contains("<html lang=\"en\"");
        assertThat(switched.getCookie("bramka-lang").getValue()).isEqualTo("en");
    }

    @Test
    void aDoubleSubmittedChoiceMakesOneTransaction() throws Exception {
        Payment payment = open(ReturnUrls.none(), null, null);
        MockHttpServletResponse first = perform(post("/pay/" + payment.id()).param("method", "blik"));
        MockHttpServletResponse second = perform(post("/pay/" + payment.id()).param("method", "blik"));
        assertThat(first.getStatus()).isEqualTo(303);
        assertThat(second.getRedirectedUrl()).isEqualTo(first.getRedirectedUrl())
                .matches("/pay/" + payment.id() + "/attempt/[0-9a-f-]{36}");
        assertThat(payments.attempts(payment)).hasSize(1);

        Payment bank = open(ReturnUrls.none(), null, null);
        MockHttpServletResponse toBank = perform(post("/pay/" + bank.id()).param("method", "mtransfer"));
        MockHttpServletResponse again = perform(post("/pay/" + bank.id()).param("method", "mtransfer"));
        assertThat(toBank.getRedirectedUrl()).matches("/pay/sandbox/[0-9a-f-]{36}/bank");
        assertThat(again.getRedirectedUrl()).isEqualTo("/pay/" + bank.id());
        assertThat(perform(get("/pay/" + bank.id())).getContentAsString()).contains("Płatność w trakcie realizacji");
        assertThat(payments.attempts(bank)).singleElement()
                .satisfies(sale -> assertThat(sale.status()).isEqualTo(TransactionStatus.PENDING));
    }

    @Test
    void aSaleTheShopCreatedThroughTheApiIsContinuedNotChosenAgain() throws Exception {
        Payment blik = apiSale("blik").payment();
        Transaction blikSale = payments.latestAttempt(blik).orElseThrow();
        assertThat(perform(get("/pay/" + blik.id())).getRedirectedUrl())
                .isEqualTo("/pay/" + blik.id() + "/attempt/" + blikSale.id());
        assertThat(perform(post("/pay/" + blik.id()).param("method", "mtransfer")).getRedirectedUrl())
                .isEqualTo("/pay/" + blik.id());
        MockHttpServletResponse paid = perform(post("/pay/" + blik.id() + "/attempt/" + blikSale.id())
                .param("blikCode", "777 123"));
        assertThat(paid.getRedirectedUrl()).isEqualTo(PayerUrls.finished(blikSale));
        assertThat(perform(get(paid.getRedirectedUrl())).getRedirectedUrl()).isEqualTo("https://sklep.example.com/ok");
        assertThat(payments.attempts(blik)).singleElement()
                .satisfies(sale -> assertThat(sale.status()).isEqualTo(TransactionStatus.SETTLED));

        Payment bank = apiSale("ipko").payment();
        String bankPage = perform(get("/pay/" + bank.id())).getRedirectedUrl();
        assertThat(bankPage).matches("/pay/sandbox/[0-9a-f-]{36}/bank");
        assertThat(payments.latestAttempt(bank).orElseThrow().status()).isEqualTo(TransactionStatus.PENDING);
        assertThat(perform(get("/pay/" + bank.id())).getContentAsString())
                .as("a payer who closed the bank's page, or whose link was opened by a preview, can go back to it")
                .contains("Płatność w trakcie realizacji").contains("href=\"" + bankPage + "\"")
                .contains("Kontynuuj płatność");
        perform(post(bankPage).param("outcome", "approve"));
        assertThat(perform(get("/pay/" + bank.id())).getContentAsString()).contains("Płatność zakończona")
                .doesNotContain(bankPage);
    }

    @Test
    void aPaymentThatCannotBePaidNowShowsHowItStands() throws Exception {
        Payment paid = open(new ReturnUrls("https://sklep.example.com/ok", null, null), null, null);
        pay(paid, "blik", new PayerInput.BlikCode("777123"));
        String page = perform(get("/pay/" + paid.id())).getContentAsString();
        assertThat(page).contains("Płatność zakończona").contains("href=\"https://sklep.example.com/ok\"")
                .doesNotContain("name=\"method\"");
        assertThat(perform(post("/pay/" + paid.id()).param("method", "blik")).getRedirectedUrl())
                .isEqualTo("/pay/" + paid.id());
        assertThat(payments.attempts(paid)).hasSize(1);

        Payment expired = payments.open(new NewPayment(shop.serviceId(), PaymentSource.WEB, 100, "PLN", "OLD-1", "",
                null, Customer.unknown(), null, null, ReturnUrls.none(), null, null, null, null,
                Instant.now().plusSeconds(600)));
        jdbc.sql("update payment set valid_to = now() - interval '1 second' where id = ?").param(expired.id())
                .update();
        assertThat(perform(get("/pay/" + expired.id())).getContentAsString()).contains("Płatność wygasła");

        Payment rejected = open(ReturnUrls.none(), null, null);
        pay(rejected, "blik", new PayerInput.BlikCode("111111"));
        assertThat(perform(get("/pay/" + rejected.id())).getContentAsString())
                .contains("Spróbuj ponownie albo wybierz inną metodę płatności").contains("name=\"method\"");
    }

    @Test
    void aBlikCodeOrCardWithErrorsIsShownAgainWithTheErrorsTiedToTheFields() throws Exception {
        Payment payment = open(ReturnUrls.none(), null, null);
        String inline = perform(post("/pay/" + payment.id()).param("method", "blik").param("blikCode", "12"))
                .getContentAsString();
        assertThat(inline).contains("aria-describedby=\"blik-code-hint blik-code-error\"")
                .contains("id=\"blik-code-error\"");
        assertThat(payments.attempts(payment)).isEmpty();
        String none = perform(post("/pay/" + payment.id())).getContentAsString();
        assertThat(none).contains("aria-describedby=\"method-error\"").contains("Wybierz metodę płatności.");

        String card = perform(post("/pay/" + payment.id()).param("method", "ecom3ds")).getRedirectedUrl();
        MockHttpServletResponse errors = perform(post(card).param("cardNumber", "4111 1111 1111 1112")
                .param("cardExpiry", "01/20").param("cardCvv", "12"));
        String page = errors.getContentAsString();
        assertThat(page).contains("To nie jest poprawny numer karty").contains("Ta karta straciła ważność")
                .contains("Kod CVV/CVC ma 3 lub 4 cyfry").contains("id=\"card-number-error\"")
                .contains("aria-describedby=\"card-cvv-hint card-cvv-error\"").contains("value=\"01/20\"")
                .doesNotContain("4111 1111 1111 1112").doesNotContain("4111111111111112");
        assertThat(payments.latestAttempt(payment).orElseThrow().status()).isEqualTo(TransactionStatus.NEW);
        assertThat(perform(post(card).param("cardNumber", "4111111111111111").param("cardExpiry", "12/29")
                .param("cardCvv", "123")).getRedirectedUrl()).matches("/pay/.*/finished/.*");
    }

    @Test
    void aFinishedAttemptGoesToTheShopsPageForItsOutcome() throws Exception {
        ReturnUrls all = new ReturnUrls("https://s.example.com/ok", "https://s.example.com/fail",
                "https://s.example.com/back");
        assertThat(finished(all, "blik", new PayerInput.BlikCode("777123"))).isEqualTo("https://s.example.com/ok");
        assertThat(finished(all, "blik", new PayerInput.BlikCode("111111"))).isEqualTo("https://s.example.com/fail");
        assertThat(finished(all, "mtransfer", new PayerInput.None())).as("pending: neither paid nor failed")
                .isEqualTo("https://s.example.com/back");
        ReturnUrls backOnly = new ReturnUrls(null, null, "https://s.example.com/back");
        assertThat(finished(backOnly, "blik", new PayerInput.BlikCode("111111")))
                .isEqualTo("https://s.example.com/back");
        ReturnUrls noBack = new ReturnUrls("https://s.example.com/ok", "https://s.example.com/fail", null);
        assertThat(finished(noBack, "mtransfer", new PayerInput.None())).as("Bramka's own pending page").isNull();

        Payment payment = open(ReturnUrls.none(), null, null);
        Transaction rejected = pay(payment, "blik", new PayerInput.BlikCode("111111"));
        String page = perform(get(PayerUrls.finished(rejected))).getContentAsString();
        assertThat(page).contains("Płatność odrzucona").contains("BLK-ERROR-210002")
                .contains("href=\"/pay/" + payment.id() + "\"");
        Payment pending = open(ReturnUrls.none(), null, null);
        Transaction bank = pay(pending, "mtransfer", new PayerInput.None());
        assertThat(perform(get(PayerUrls.finished(bank))).getContentAsString())
                .contains("Płatność w trakcie realizacji").contains("href=\"" + PayerUrls.finished(bank) + "\"")
                .contains("href=\"/pay/sandbox/" + bank.id() + "/bank\"");
    }

    @Test
    void noPayerPageStartsAServerSession() throws Exception {
        Payment payment = open(ReturnUrls.none(), null, null);
        List<MockHttpServletResponse> responses = new ArrayList<>();
        responses.add(perform(get("/pay/" + payment.id())));
        responses.add(perform(post("/pay/" + payment.id()).param("method", "blik").param("blikCode", "1")));
        MockHttpServletResponse chosen = perform(post("/pay/" + payment.id()).param("method", "ecom3ds"));
        responses.add(chosen);
        responses.add(perform(get(chosen.getRedirectedUrl())));
        responses.add(perform(post(chosen.getRedirectedUrl()).param("cardNumber", "1")));
        MockHttpServletResponse threeDSecure = perform(post(chosen.getRedirectedUrl())
                .param("cardNumber", "4012001037141112").param("cardExpiry", "12/29").param("cardCvv", "123"));
        responses.add(threeDSecure);
        responses.add(perform(get(threeDSecure.getRedirectedUrl())));
        MockHttpServletResponse confirmed = perform(post(threeDSecure.getRedirectedUrl()).param("outcome", "confirm"));
        responses.add(confirmed);
        responses.add(perform(get(confirmed.getRedirectedUrl())));
        responses.add(perform(get("/pay/" + UUID.randomUUID())));

        assertThat(responses).allSatisfy(response -> {
            assertThat(response.getStatus()).isLessThan(500);
            assertThat(response.getHeaders("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("SESSION"));
        });
        assertThat(payments.latestAttempt(payment).orElseThrow().status())
                .isEqualTo(TransactionStatus.SETTLED);
    }

    private @Nullable String finished(ReturnUrls urls, String method, PayerInput input) throws Exception {
        Transaction sale = pay(open(urls, null, null), method, input);
        return perform(get(PayerUrls.finished(sale))).getRedirectedUrl();
    }

    private Transaction pay(Payment payment, String method, PayerInput input) {
        return processing.pay(payments.attempt(payment.id(), method).id(), input).transaction();
    }

    private String language(Payment payment, @Nullable String acceptLanguage, @Nullable String cookie)
            throws Exception {
        MockHttpServletRequestBuilder request = get("/pay/" + payment.id());
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        if (cookie != null) {
            request.cookie(new Cookie("bramka-lang", cookie));
        }
        String page = perform(request).getContentAsString();
        return page.replaceAll("(?s).*<html lang=\"([a-z]+)\".*", "$1");
    }

    private ApiSale apiSale(String method) {
        NewPayment request = new NewPayment(shop.serviceId(), PaymentSource.API, 2_000, "PLN", "API-1", "", null,
                new Customer("Jan", "Kowalski", "jan@example.com", null), null, null,
                new ReturnUrls("https://sklep.example.com/ok", "https://sklep.example.com/blad", null), null, null,
                null, null, null);
        return payments.createApiSale(request, method, null, UUID.randomUUID().toString());
    }

    private Payment open(ReturnUrls urls, @Nullable String lang, @Nullable List<String> visible) {
        return payments.open(newPayment(urls, visible, null, lang, 1_000));
    }

    private NewPayment newPayment(ReturnUrls urls, @Nullable List<String> visible, @Nullable String preselect,
            @Nullable String lang, long amount) {
        return new NewPayment(shop.serviceId(), PaymentSource.WEB, amount, "PLN", "ORDER-1", "Rower miejski", null,
                new Customer("Jan", "Kowalski", null, null), null, null, urls, null, visible, preselect, lang, null);
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }
}
