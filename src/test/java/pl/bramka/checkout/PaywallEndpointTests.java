package pl.bramka.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import pl.bramka.Fixtures;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.Fixtures.TestShop;
import pl.bramka.IntegrationTest;
import pl.bramka.payment.Payment;
import pl.bramka.payment.PaymentSource;
import pl.bramka.payment.Payments;
import pl.bramka.payment.payer.PayerPayments;
import pl.bramka.user.Role;

/**
 * The paywall endpoint over HTTP: a correctly signed form opens a payment and sends the payer to it with a 303; any
 * refused form gets a 400 page naming the rule and the field, writes nothing and never shows the expected signature.
 */
class PaywallEndpointTests extends IntegrationTest {

    private static final String PAYMENT_PAGE = "/pay/[0-9a-f-]{36}";

    @Autowired
    MockMvc mvc;

    @Autowired
    Payments payments;

    @Autowired
    PayerPayments payerPayments;

    TestMerchant merchant;
    TestShop shop;

    @BeforeEach
    void shop() {
        merchant = fixtures.merchantWithAllRoles();
        shop = fixtures.shopOf(merchant);
    }

    @Test
    void aSignedFormOpensAWebPaymentAndSendsThePayerToItsPage() throws Exception {
        Map<String, String> form = PaywallForms.order(shop, "12345", "ZAM/2026/1");
        form.put("customerEmail", "jan@example.com");
        form.put("orderDescription", "Zamówienie: rower");
        form.put("additionalDescription", "Dostawa jutro");
        form.put("urlSuccess", "https://sklep.example.com/ok");
        form.put("urlFailure", "https://sklep.example.com/blad");
        form.put("urlNotification", "https://sklep.example.com/imoje");
        form.put("visibleMethod", "blik,card");
        form.put("preselectMethodCode", "blik");
        form.put("billing[city]", "Łódź");

        MockHttpServletResponse response = send(post("/payment"), PaywallForms.signed(form, shop.serviceKey()));

        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(response.getRedirectedUrl()).matches(PAYMENT_PAGE);
        Payment payment = paymentAt(response);
        assertThat(payment.serviceId()).isEqualTo(shop.serviceId());
        assertThat(payment.source()).isEqualTo(PaymentSource.WEB);
        assertThat(payment.amount()).isEqualTo(12345);
        assertThat(payment.orderId()).isEqualTo("ZAM/2026/1");
        assertThat(payment.title()).isEqualTo("Zamówienie: rower");
        assertThat(payment.additionalDescription()).isEqualTo("Dostawa jutro");
        assertThat(payment.customer().email()).isEqualTo("jan@example.com");
        assertThat(payment.returnUrls().success()).isEqualTo("https://sklep.example.com/ok");
        assertThat(payment.returnUrls().back()).isNull();
        assertThat(payment.notificationUrl()).isEqualTo("https://sklep.example.com/imoje");
        assertThat(payment.visibleMethods()).containsExactly("blik", "card");
        assertThat(payment.preselectMethodCode()).isEqualTo("blik");
        assertThat(payment.billing()).containsEntry("city", "Łódź");
        assertThat(payment.lang()).isNull();
        assertThat(payments.attempts(payment)).isEmpty();
    }

    @Test
    void theFormMayComeAsAGetRedirectAndWithTheLanguageInTheAddress() throws Exception {
        Map<String, String> form = PaywallForms.signed(PaywallForms.order(shop, "100", "GET-1"), shop.serviceKey());
        MockHttpServletResponse viaGet = send(get("/payment"), form);
        assertThat(viaGet.getStatus()).isEqualTo(303);
        assertThat(paymentAt(viaGet).orderId()).isEqualTo("GET-1");

        MockHttpServletResponse english = send(post("/en/payment"),
                PaywallForms.signed(PaywallForms.order(shop, "100", "EN-1"), shop.serviceKey()));
        assertThat(english.getStatus()).isEqualTo(303);
        assertThat(paymentAt(english).lang()).isEqualTo("en");

        Map<String, String> german = PaywallForms.order(shop, "100", "DE-1");
        german.put("lang", "de");
        assertThat(paymentAt(send(post("/en/payment"), PaywallForms.signed(german, shop.serviceKey()))).lang())
                .as("the form's field wins over the address").isEqualTo("de");

        long before = paymentCount();
        MockHttpServletResponse unknown = send(post("/xx/payment"), form);
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getContentAsString()).contains("Nie znaleziono płatności").doesNotContain("Zaloguj");
        assertThat(paymentCount()).isEqualTo(before);
    }

    @Test
    void aRotatedKeySignsDuringItsOverlapAndNotAfter() throws Exception {
        rotateKey(1);
        Map<String, String> oldKeyForm = PaywallForms.signed(PaywallForms.order(shop, "100", "ROT-1"),
                shop.serviceKey());
        assertThat(send(post("/payment"), oldKeyForm).getStatus()).isEqualTo(303);

        jdbc.sql("update shop_key set verifies_until = now() - interval '1 second' where service_id = ? "
                + "and retired_at is not null").param(shop.serviceId()).update();
        long before = paymentCount();
        MockHttpServletResponse refused = send(post("/payment"),
                PaywallForms.signed(PaywallForms.order(shop, "100", "ROT-2"), shop.serviceKey()));
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("Podpis formularza nie zgadza się z kluczem sklepu");
        assertThat(paymentCount()).isEqualTo(before);
    }

    @Test
    void aTamperedFormIsRefusedWithoutRevealingTheExpectedSignature() throws Exception {
        Map<String, String> form = PaywallForms.signed(PaywallForms.order(shop, "100", "TAMPER-1"),
                shop.serviceKey());
        form.put("amount", "1");
        String expected = PaywallForms.signature(without(form, "signature"), shop.serviceKey());

        String page = refused(post("/payment"), form);

        assertThat(page).contains("signature").contains("Podpis formularza nie zgadza się z kluczem sklepu")
                .doesNotContain(expected.substring(0, 64)).doesNotContain(expected.substring(0, 16));
    }

    @Test
    void everyRefusalNamesTheFieldAndTheRuleAndWritesNothing() throws Exception {
        Map<String, String> unknownShop = PaywallForms.order(shop, "100", "X-1");
        unknownShop.put("serviceId", UUID.randomUUID().toString());
        assertThat(refused(post("/payment"), PaywallForms.signed(unknownShop, shop.serviceKey())))
                .contains("serviceId").contains("Nie znamy sklepu o identyfikatorze");

        Map<String, String> otherMerchant = PaywallForms.order(shop, "100", "X-2");
        otherMerchant.put("merchantId",
                fixtures.shopOf(fixtures.merchantWithAllRoles()).merchantPublicId());
        assertThat(refused(post("/payment"), PaywallForms.signed(otherMerchant, shop.serviceKey())))
                .contains("merchantId").contains("nie należy do tego sklepu");

        assertThat(refused(post("/payment"),
                PaywallForms.signed(PaywallForms.order(shop, "12.50", "X-3"), shop.serviceKey())))
                .contains("<code>amount</code>").contains("Kwota (amount) musi być liczbą groszy");

        Map<String, String> expired = PaywallForms.order(shop, "100", "X-4");
        expired.put("validTo", String.valueOf(Instant.now().getEpochSecond() - 10));
        assertThat(refused(post("/payment"), PaywallForms.signed(expired, shop.serviceKey())))
                .contains("<code>validTo</code>").contains("już minął");

        Map<String, String> missing = PaywallForms.order(shop, "100", "X-5");
        missing.remove("customerLastName");
        assertThat(refused(post("/payment"), PaywallForms.signed(missing, shop.serviceKey())))
                .contains("<code>customerLastName</code>").contains("Brakuje wymaganego pola customerLastName");

        Map<String, String> unsigned = PaywallForms.order(shop, "100", "X-6");
        assertThat(refused(post("/payment"), unsigned)).contains("<code>signature</code>")
                .contains("nie ma podpisu");
    }

    @Test
    void theErrorPageSpeaksTheFormsLanguageElseTheBrowsers() throws Exception {
        Map<String, String> english = PaywallForms.order(shop, "0", "L-1");
        english.put("lang", "en");
        assertThat(refused(post("/payment"), PaywallForms.signed(english, shop.serviceKey())))
                .contains("lang=\"en\"").contains("The payment cannot be started")
                .contains("The amount (amount) must be a whole number of cents from 1 to 999999999");

        Map<String, String> czech = PaywallForms.order(shop, "0", "L-2");
        assertThat(refused(post("/cs/payment"), czech)).as("imoje languages other than Polish read English")
                .contains("lang=\"en\"");

        Map<String, String> plain = PaywallForms.order(shop, "0", "L-3");
        assertThat(refused(post("/payment").header("Accept-Language", "en-GB,en;q=0.8"), plain))
                .contains("lang=\"en\"");
        assertThat(refused(post("/payment").header("Accept-Language", "pl-PL"), plain)).contains("lang=\"pl\"")
                .contains("Nie można rozpocząć płatności");
        assertThat(refused(post("/payment"), plain)).as("no Accept-Language: Polish").contains("lang=\"pl\"");
    }

    @Test
    void thePaywallNeverStartsASessionNorRemembersTheFormsLanguage() throws Exception {
        Map<String, String> form = PaywallForms.order(shop, "100", "S-1");
        form.put("lang", "en");
        MockHttpServletResponse opened = send(post("/payment"), PaywallForms.signed(form, shop.serviceKey()));
        MockHttpServletResponse refused = send(post("/payment"), form);

        for (MockHttpServletResponse response : new MockHttpServletResponse[] {opened, refused}) {
            assertThat(response.getHeaders("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("SESSION"))
                    .noneMatch(cookie -> cookie.startsWith("bramka-lang"));
        }
    }

    @Test
    void theInvoiceFieldIsGzippedJsonCheckedAndStoredWithThePayment() throws Exception {
        Map<String, String> form = PaywallForms.order(shop, "2000", "FV-PAYWALL-1");
        form.put("invoice", gzippedBase64("{\"buyer\":{\"type\":\"COMPANY\",\"fullName\":\"Hurtownia Żółw S.A.\","
                + "\"idType\":\"VAT_ID\",\"idNumber\":\"5260250274\"},\"positions\":[{\"name\":\"Usługa\","
                + "\"grossAmount\":2000,\"taxStake\":\"TAX_23\"}]}"));

        Payment payment = paymentAt(send(post("/payment"), PaywallForms.signed(form, shop.serviceKey())));

        assertThat(jdbc.sql("select details::text from payment_invoice_request where payment_id = ?")
                .param(payment.id()).query(String.class).single()).contains("Hurtownia Żółw S.A.", "5260250274");
    }

    @Test
    void aBrokenInvoiceFieldRefusesTheFormAndWritesNothing() throws Exception {
        Map<String, String> wrongNip = PaywallForms.order(shop, "2000", "FV-PAYWALL-2");
        wrongNip.put("invoice", gzippedBase64("{\"buyer\":{\"type\":\"COMPANY\",\"fullName\":\"Firma\","
                + "\"idType\":\"VAT_ID\",\"idNumber\":\"5260250275\"}}"));
        Map<String, String> notGzip = PaywallForms.order(shop, "2000", "FV-PAYWALL-3");
        notGzip.put("invoice", "not base64 of gzip");

        assertThat(refused(post("/payment"), PaywallForms.signed(wrongNip, shop.serviceKey())))
                .contains("invoice.buyer.idNumber", "NIP");
        assertThat(refused(post("/payment"), PaywallForms.signed(notGzip, shop.serviceKey())))
                .contains("Pole invoice: must be base64 of gzipped JSON");
    }

    private static String gzippedBase64(String json) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(json.getBytes(StandardCharsets.UTF_8));
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    private String refused(MockHttpServletRequestBuilder request, Map<String, String> form) throws Exception {
        long before = paymentCount();
        MockHttpServletResponse response = send(request, form);
        String page = response.getContentAsString();
        assertThat(response.getStatus()).as(page).isEqualTo(400);
        assertThat(page).doesNotContain("Exception").doesNotContain("at pl.bramka");
        assertThat(paymentCount()).as("nothing written").isEqualTo(before);
        return page;
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, Map<String, String> form)
            throws Exception {
        form.forEach(request::param);
        return mvc.perform(request).andReturn().getResponse();
    }

    private Payment paymentAt(MockHttpServletResponse response) {
        String location = response.getRedirectedUrl();
        return payerPayments.payment(UUID.fromString(location.substring(location.lastIndexOf('/') + 1))).orElseThrow();
    }

    private long paymentCount() {
        return jdbc.sql("select count(*) from payment").query(Long.class).single();
    }

    private void rotateKey(int overlapHours) throws Exception {
        mvc.perform(post("/shops/" + shop.serviceId() + "/integration/key/rotate")
                .with(user(fixtures.signedIn(merchant.email(Role.REPRESENTATIVE)))).with(csrf())
                .param("overlapHours", String.valueOf(overlapHours)).param("password", Fixtures.PASSWORD));
        assertThat(jdbc.sql("select count(*) from shop_key where service_id = ? and retired_at is not null")
                .param(shop.serviceId()).query(Long.class).single()).isPositive();
    }

    private static Map<String, String> without(Map<String, String> form, String name) {
        Map<String, String> copy = new LinkedHashMap<>(form);
        copy.remove(name);
        return copy;
    }
}
