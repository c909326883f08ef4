package pl.bramka.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import pl.bramka.shared.Money;

/** Every rule of the paywall form, each with a value that breaks it and one that keeps it. */
class PaywallRequestTests {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String SERVICE_ID = "63f574ed-d90d-4abe-9c51-39117584a7b7";

    @Test
    void aMinimalOrderLeavesEveryOptionalFieldEmpty() {
        PaywallRequest request = accepted(minimal());

        assertThat(request.serviceId()).isEqualTo(UUID.fromString(SERVICE_ID));
        assertThat(request.merchantId()).isEqualTo("6yt3gjtm9p1odfgx8491");
        assertThat(request.amount()).isEqualTo(new Money(300, "PLN"));
        assertThat(request.orderId()).isEqualTo("123");
        assertThat(request.customerFirstName()).isEqualTo("John");
        assertThat(request.customerLastName()).isEqualTo("Doe");
        assertThat(request.customerEmail()).isNull();
        assertThat(request.urlSuccess()).isNull();
        assertThat(request.visibleMethods()).isEmpty();
        assertThat(request.validTo()).isNull();
        assertThat(request.billing()).isEmpty();
        assertThat(request.lang()).isNull();
        assertThat(request.extras()).isEmpty();
    }

    @Test
    void aFullOrderKeepsEveryFieldAsSent() {
        Map<String, String[]> form = minimal();
        put(form, "customerEmail", "jan.kowalski@sklep.pl");
        put(form, "customerPhone", "+48 501-501-501");
        put(form, "orderDescription", " Zamówienie  z odstępami ");
        put(form, "additionalDescription", "Dostawa jutro");
        put(form, "urlSuccess", "https://sklep.pl/ok?id=1");
        put(form, "urlFailure", "https://sklep.pl/blad");
        put(form, "urlReturn", "http://localhost:8080/powrot");
        put(form, "urlNotification", "https://sklep.pl/imoje/notify");
        put(form, "visibleMethod", "blik,card,blik");
        put(form, "validTo", String.valueOf(NOW.getEpochSecond() + 3600));
        put(form, "preselectMethodCode", "imoje_twisto");
        put(form, "billing[firstName]", "Jan");
        put(form, "billing[postalCode]", "00-001");
        put(form, "shipping[city]", "Łódź");
        put(form, "lang", "en");
        put(form, "cart", "H4sIAAAAAAAAA6tWKkktLlGyUlAqS8wpTgUA");
        put(form, "multipayout[0][ban]", "PL61109010140000071219812874");
        put(form, "multipayout[0][amount]", "100");

        PaywallRequest request = accepted(form);

        assertThat(request.customerEmail()).isEqualTo("jan.kowalski@sklep.pl");
        assertThat(request.customerPhone()).isEqualTo("+48 501-501-501");
        assertThat(request.orderDescription()).isEqualTo(" Zamówienie  z odstępami ");
        assertThat(request.additionalDescription()).isEqualTo("Dostawa jutro");
        assertThat(request.urlSuccess()).isEqualTo("https://sklep.pl/ok?id=1");
        assertThat(request.urlFailure()).isEqualTo("https://sklep.pl/blad");
        assertThat(request.urlReturn()).isEqualTo("http://localhost:8080/powrot");
        assertThat(request.urlNotification()).isEqualTo("https://sklep.pl/imoje/notify");
        assertThat(request.visibleMethods()).containsExactly("blik", "card");
        assertThat(request.validTo()).isEqualTo(NOW.plusSeconds(3600));
        assertThat(request.preselectMethodCode()).isEqualTo("imoje_twisto");
        assertThat(request.billing()).containsExactlyInAnyOrderEntriesOf(
                Map.of("firstName", "Jan", "postalCode", "00-001"));
        assertThat(request.shipping()).containsExactlyEntriesOf(Map.of("city", "Łódź"));
        assertThat(request.lang()).isEqualTo("en");
        assertThat(request.extras()).containsEntry("cart", "H4sIAAAAAAAAA6tWKkktLlGyUlAqS8wpTgUA")
                .containsEntry("multipayout",
                        Map.of("0", Map.of("ban", "PL61109010140000071219812874", "amount", "100")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"serviceId", "merchantId", "amount", "currency", "orderId", "customerFirstName",
            "customerLastName"})
    void requiredFieldsMustBeThereAndNotEmpty(String field) {
        Map<String, String[]> missing = minimal();
        missing.remove(field);
        Map<String, String[]> empty = minimal();
        put(empty, field, "");

        assertThat(refused(missing)).containsExactly(new PaywallFieldError(field, PaywallRule.REQUIRED));
        assertThat(refused(empty)).containsExactly(new PaywallFieldError(field, PaywallRule.REQUIRED));
    }

    @Test
    void serviceIdIsAUuidInEitherCase() {
        assertThat(accepted(with("serviceId", SERVICE_ID.toUpperCase())).serviceId())
                .isEqualTo(UUID.fromString(SERVICE_ID));
        assertRefused("serviceId", PaywallRule.SERVICE_ID, "63f574ed-d90d-4abe-9cs1-39117584a7b",
                "63f574ed-d90d-4abe-9cs1-39117584a7b7", "63f574edd90d4abe9c5139117584a7b7",
                "{63f574ed-d90d-4abe-9c51-39117584a7b7}");
    }

    @Test
    void merchantIdIsLowerCaseLettersAndDigitsUpToTwenty() {
        assertThat(accepted(with("merchantId", "a".repeat(20))).merchantId()).isEqualTo("a".repeat(20));
        assertRefused("merchantId", PaywallRule.MERCHANT_ID, "6YT3GJTM", "6yt-3gj", "6yt 3gj");
        assertRefused("merchantId", PaywallRule.TOO_LONG, "a".repeat(21));
    }

    @Test
    void amountIsAWholeNumberOfMinorUnitsFromOneToNineHundredNinetyNineMillion() {
        assertThat(accepted(with("amount", "1")).amount().minor()).isEqualTo(1);
        assertThat(accepted(with("amount", "999999999")).amount().minor()).isEqualTo(Money.MAX_MINOR);
        assertRefused("amount", PaywallRule.AMOUNT, "0", "+1", "-1", "1.00", "3,00", "0300", "1e3", " 1", "1000000000",
                "99999999999999999999");
    }

    @Test
    void currencyIsOneOfTheNineImojeAccepts() {
        for (String currency : List.of("PLN", "EUR", "USD", "GBP", "CHF", "SEK", "HUF", "CZK", "RON")) {
            assertThat(accepted(with("currency", currency)).amount().currency()).isEqualTo(currency);
        }
        assertRefused("currency", PaywallRule.CURRENCY, "pln", "JPY", "PLNX", "zł");
        assertRefused("currency", PaywallRule.CURRENCY, "BGN");
    }

    @Test
    void orderIdAllowsLettersDigitsSomePunctuationAndLatinDiacritics() {
        String orderId = "Zamówienie #12/A-b_c.d Łódź";
        assertThat(accepted(with("orderId", orderId)).orderId()).isEqualTo(orderId);
        assertThat(accepted(with("orderId", "x".repeat(100))).orderId()).hasSize(100);
        assertRefused("orderId", PaywallRule.ORDER_ID, "a&b", "a<b>", "100€", "a\tb", "a+b");
        assertRefused("orderId", PaywallRule.TOO_LONG, "x".repeat(101));
    }

    @Test
    void customerNamesHaveAtMostOneHundredCharacters() {
        assertThat(accepted(with("customerFirstName", "Ł".repeat(100))).customerFirstName()).hasSize(100);
        assertRefused("customerFirstName", PaywallRule.TOO_LONG, "Ł".repeat(101));
        assertRefused("customerLastName", PaywallRule.TOO_LONG, "x".repeat(101));
    }

    @Test
    void customerEmailIsPlausibleAndOptional() {
        assertThat(accepted(with("customerEmail", "a.b+c@poczta.example.pl")).customerEmail())
                .isEqualTo("a.b+c@poczta.example.pl");
        assertThat(accepted(with("customerEmail", "")).customerEmail()).isNull();
        assertRefused("customerEmail", PaywallRule.EMAIL, "jan", "jan@", "jan@sklep", "jan kowalski@sklep.pl",
                "a@b@sklep.pl", "jan@sklep..pl", "@sklep.pl");
        assertRefused("customerEmail", PaywallRule.TOO_LONG, "a".repeat(64) + "@" + "b".repeat(133) + ".pl");
    }

    @Test
    void customerPhoneIsDigitsSpacesPlusAndDash() {
        assertThat(accepted(with("customerPhone", "+48 501-501-501")).customerPhone()).isEqualTo("+48 501-501-501");
        assertRefused("customerPhone", PaywallRule.PHONE, "501 501 501 w. 12", "(22) 501", "tel:501");
        assertRefused("customerPhone", PaywallRule.TOO_LONG, "5".repeat(21));
    }

    @Test
    void descriptionsHaveAtMostTwoHundredFiftyFiveCharacters() {
        assertThat(accepted(with("orderDescription", "d".repeat(255))).orderDescription()).hasSize(255);
        assertThat(accepted(with("additionalDescription", "d".repeat(255))).additionalDescription()).hasSize(255);
        assertRefused("orderDescription", PaywallRule.TOO_LONG, "d".repeat(256));
        assertRefused("additionalDescription", PaywallRule.TOO_LONG, "d".repeat(256));
    }

    @ParameterizedTest
    @ValueSource(strings = {"urlSuccess", "urlFailure", "urlReturn", "urlNotification"})
    void addressesAreAbsoluteHttpOrHttpsWithAHost(String field) {
        assertThat(accepted(with(field, "https://sklep.pl/wynik?zamowienie=12#top"))).isNotNull();
        assertThat(accepted(with(field, "HTTP://sklep.pl:8080"))).isNotNull();
        assertRefused(field, PaywallRule.URL, "/wynik", "sklep.pl/wynik", "ftp://sklep.pl/x", "javascript:alert(1)",
                "https://", "https:///wynik", "https://sklep.pl/a b", "mailto:jan@sklep.pl");
        assertRefused(field, PaywallRule.TOO_LONG, "https://sklep.pl/" + "a".repeat(284));
        assertThat(accepted(with(field, "https://sklep.pl/" + "a".repeat(283)))).isNotNull();
    }

    @Test
    void visibleMethodsComeAsACommaListOrAsAList() {
        assertThat(accepted(with("visibleMethod", "card,pbl")).visibleMethods()).containsExactly("card", "pbl");
        Map<String, String[]> list = minimal();
        put(list, "visibleMethod[10]", "imoje_installments");
        put(list, "visibleMethod[2]", "blik");
        put(list, "visibleMethod[1]", "lease");
        assertThat(accepted(list).visibleMethods()).containsExactly("lease", "blik", "imoje_installments");
        assertThat(accepted(with("visibleMethod", "card,wallet,pbl,blik,imoje_paylater,wt,lease,imoje_installments"))
                .visibleMethods()).hasSize(8);
    }

    @Test
    void unknownVisibleMethodsAreRefused() {
        assertRefused("visibleMethod", PaywallRule.VISIBLE_METHOD, "card,bitcoin", "card, pbl", "card,,pbl", "CARD",
                "card,");
        Map<String, String[]> list = minimal();
        put(list, "visibleMethod[0]", "card");
        put(list, "visibleMethod[1]", "ing");
        assertThat(refused(list)).containsExactly(new PaywallFieldError("visibleMethod", PaywallRule.VISIBLE_METHOD));
        Map<String, String[]> named = minimal();
        put(named, "visibleMethod[first]", "card");
        assertThat(refused(named)).containsExactly(new PaywallFieldError("visibleMethod", PaywallRule.STRUCTURE));
    }

    @Test
    void validToIsAtLeastAMinuteAhead() {
        long now = NOW.getEpochSecond();
        assertThat(accepted(with("validTo", String.valueOf(now + 60))).validTo()).isEqualTo(NOW.plusSeconds(60));
        assertRefused("validTo", PaywallRule.VALID_TO_TOO_SOON, String.valueOf(now + 59), String.valueOf(now),
                String.valueOf(now - 3600), "0");
    }

    @Test
    void validToNullOrEmptyNeverExpires() {
        assertThat(accepted(with("validTo", "NULL")).validTo()).isNull();
        assertThat(accepted(with("validTo", "")).validTo()).isNull();
        assertRefused("validTo", PaywallRule.VALID_TO, "null", "-1", "1.5", "tomorrow", "2026-12-01",
                String.valueOf(NOW.toEpochMilli()));
    }

    @Test
    void preselectedMethodIsAMethodCode() {
        assertThat(accepted(with("preselectMethodCode", "blik_paylater")).preselectMethodCode())
                .isEqualTo("blik_paylater");
        assertRefused("preselectMethodCode", PaywallRule.PRESELECT_METHOD, "BLIK", "ip-ko", "pekao 24");
        assertRefused("preselectMethodCode", PaywallRule.TOO_LONG, "a".repeat(21));
    }

    @ParameterizedTest
    @ValueSource(strings = {"billing", "shipping"})
    void addressesTakeKnownSubfieldsOfAtMostTwoHundredCharacters(String address) {
        Map<String, String[]> form = minimal();
        for (String field : List.of("firstName", "lastName", "company", "street", "city", "region", "postalCode",
                "countryCodeAlpha2", "taxId", "phone")) {
            put(form, address + "[" + field + "]", field.equals("street") ? "s".repeat(200) : field);
        }
        put(form, address + "[region]", "");
        Map<String, String> accepted = address.equals("billing") ? accepted(form).billing() : accepted(form).shipping();
        assertThat(accepted).hasSize(9).containsEntry("street", "s".repeat(200)).doesNotContainKey("region");

        assertRefused(address + "[nickname]", PaywallRule.UNKNOWN_FIELD, "Jaś");
        assertRefused(address + "[street]", PaywallRule.TOO_LONG, "s".repeat(201));
        assertThat(refused(with(address + "[street][0]", "Długa 1")))
                .containsExactly(new PaywallFieldError(address + "[street]", PaywallRule.STRUCTURE));
        assertRefused(address, PaywallRule.STRUCTURE, "Jan Kowalski, Długa 1");
    }

    @Test
    void langIsAPaywallLanguageAndUaMeansUkrainian() {
        for (String lang : List.of("pl", "en", "cs", "de", "es", "fr", "it", "lt", "ru", "sk", "sl", "uk", "nl", "hu",
                "ro", "bg", "sv")) {
            assertThat(accepted(with("lang", lang)).lang()).isEqualTo(lang);
        }
        assertThat(accepted(with("lang", "ua")).lang()).isEqualTo("uk");
        assertRefused("lang", PaywallRule.LANG, "PL", "xx", "pol", "pl-PL");
    }

    @Test
    void fieldsThePaywallOnlyCarriesAreKeptRaw() {
        Map<String, String[]> form = minimal();
        for (String field : List.of("version", "simp", "invoice", "cart", "cartData", "twistoData", "customerId",
                "widgetType")) {
            put(form, field, field + " value");
        }
        assertThat(accepted(form).extras()).hasSize(8).containsEntry("widgetType", "widgetType value");

        assertThat(refused(with("cart[0]", "H4sI"))).containsExactly(new PaywallFieldError("cart", PaywallRule.STRUCTURE));
        assertRefused("multipayout", PaywallRule.STRUCTURE, "PL61109010140000071219812874");
    }

    @Test
    void aGroupWhereAValueBelongsIsRefusedOnce() {
        Map<String, String[]> form = minimal();
        form.remove("amount");
        put(form, "amount[0]", "300");

        assertThat(refused(form)).containsExactly(new PaywallFieldError("amount", PaywallRule.STRUCTURE));
    }

    @Test
    void aMisspeltFieldIsRefusedRatherThanIgnored() {
        assertThat(accepted(with("urlSuccess", "https://sklep.pl/ok")).urlSuccess()).isNotNull();
        assertRefused("urlSucess", PaywallRule.UNKNOWN_FIELD, "https://sklep.pl/ok");
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        Map<String, String[]> form = minimal();
        form.remove("orderId");
        put(form, "amount", "-5");
        put(form, "customerEmail", "nie-email");
        put(form, "colour", "red");

        assertThat(refused(form)).containsExactly(new PaywallFieldError("amount", PaywallRule.AMOUNT),
                new PaywallFieldError("orderId", PaywallRule.REQUIRED),
                new PaywallFieldError("customerEmail", PaywallRule.EMAIL),
                new PaywallFieldError("colour", PaywallRule.UNKNOWN_FIELD));
    }

    /** Each value of {@code field}, added to a minimal order, is refused for {@code rule} alone. */
    private static void assertRefused(String field, PaywallRule rule, String... values) {
        for (String value : values) {
            assertThat(refused(with(field, value))).as("%s=%s", field, value)
                    .containsExactly(new PaywallFieldError(field, rule));
        }
    }

    private static Map<String, String[]> minimal() {
        return PaywallFieldsTests.form("serviceId", SERVICE_ID, "merchantId", "6yt3gjtm9p1odfgx8491", "amount", "300",
                "currency", "PLN", "orderId", "123", "customerFirstName", "John", "customerLastName", "Doe");
    }

    private static Map<String, String[]> with(String field, String value) {
        Map<String, String[]> form = minimal();
        put(form, field, value);
        return form;
    }

    private static void put(Map<String, String[]> form, String name, String value) {
        form.put(name, new String[] {value});
    }

    /** The form read as the paywall reads it, then validated. */
    private static PaywallOutcome<PaywallRequest> validate(Map<String, String[]> form) {
        PaywallOutcome<PaywallFields> read = PaywallFields.read(new LinkedHashMap<>(form));
        assertThat(read).isInstanceOf(PaywallOutcome.Accepted.class);
        return PaywallRequestValidator.validate(((PaywallOutcome.Accepted<PaywallFields>) read).value().signed(), CLOCK);
    }

    private static PaywallRequest accepted(Map<String, String[]> form) {
        PaywallOutcome<PaywallRequest> outcome = validate(form);
        assertThat(outcome).isInstanceOf(PaywallOutcome.Accepted.class);
        return ((PaywallOutcome.Accepted<PaywallRequest>) outcome).value();
    }

    private static List<PaywallFieldError> refused(Map<String, String[]> form) {
        PaywallOutcome<PaywallRequest> outcome = validate(form);
        assertThat(outcome).isInstanceOf(PaywallOutcome.Refused.class);
        return ((PaywallOutcome.Refused<PaywallRequest>) outcome).errors();
    }
}
