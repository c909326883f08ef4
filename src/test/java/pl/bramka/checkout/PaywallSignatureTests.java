package pl.bramka.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import pl.bramka.checkout.PaywallSignature.Algorithm;
import pl.bramka.checkout.PaywallSignature.Verdict;

/**
 * The test vectors of imoje-compat.md §5, each signed from a map and verified after reading the form a shop would
 * submit, and every way a submitted signature can fail.
 */
class PaywallSignatureTests {

    private static final String V1_KEY = "eAyhFLuHgwl5hu-32GM8QVlCVMWRU0dGjH1c";
    private static final String V1_SHA256 = "0dd0c7b26d2bb0ea0b87c1cb10d83ab54a2ce18f72c7be8ef1b4bb31ad7515c2";
    private static final String V4_KEY = "PIcMy86ssE5wuNHAuQn5zPKf6hCAwX3Oxvjw";

    @Test
    void v1CanonicalStringSortsFieldsAndKeepsValuesRaw() {
        assertThat(PaywallSignature.canonical(v1())).isEqualTo("amount=300&currency=PLN"
                + "&customerEmail=johndoe@domain.com&customerFirstName=John&customerLastName=Doe"
                + "&customerPhone=501501501&merchantId=6yt3gjtm9p1odfgx8491&orderDescription=Example transaction"
                + "&orderId=123&serviceId=63f574ed-d90d-4abe-9cs1-39117584a7b"
                + "&urlFailure=https://your-shop.com/failure&urlReturn=https://your-shop.com/return"
                + "&urlSuccess=https://your-shop.com/success");
    }

    @ParameterizedTest
    @CsvSource({
            "SHA224, db5d2968f461ec55fc19103d392638d3721b7afa7f28152b11deb174;sha224",
            "SHA256, 0dd0c7b26d2bb0ea0b87c1cb10d83ab54a2ce18f72c7be8ef1b4bb31ad7515c2;sha256",
            "SHA384, 89c9928423746a093b2c9fb55eb7f528e992682409199b0ece5f581f5a9cfe08bad48af00beaeec6dd161f0afb6044ca;sha384",
            "SHA512, ecbf276101faccd4d10efa68d3007fbfeb628c64433bb58298942c45f4559fd57d1c4dea5eb408f21d4d0e5ead4f126636ebb957dea46bdfe0c543f1207dc499;sha512"})
    void v1InEveryAlgorithm(Algorithm algorithm, String expected) {
        assertThat(PaywallSignature.sign(v1(), V1_KEY, algorithm)).isEqualTo(expected);
        assertThat(verifyForm(formOf(v1()), expected, V1_KEY)).isEqualTo(Verdict.VALID);
    }

    @Test
    void v3TwoFields() {
        Map<String, Object> fields = Map.of("foo", "faa", "bar", "baz");
        String expected = "df8bdc2e4d0d93be22222ea57b5b0e196b897629e9089f05baadffee96baa90d;sha256";

        assertThat(PaywallSignature.canonical(fields)).isEqualTo("bar=baz&foo=faa");
        assertThat(PaywallSignature.sign(fields, "$service_key$", Algorithm.SHA256)).isEqualTo(expected);
        assertThat(verifyForm(formOf(fields), expected, "$service_key$")).isEqualTo(Verdict.VALID);
    }

    @Test
    void v4NestedBillingAndShipping() {
        Map<String, Object> fields = new LinkedHashMap<>(Map.ofEntries(Map.entry("merchantId", "6yt3gjtm9p7b8h9xsdqz"),
                Map.entry("serviceId", "62f574ed-d4ad-4a7e-9981-89ed7284aaba"), Map.entry("amount", "20000"),
                Map.entry("currency", "PLN"), Map.entry("orderId", "12345"),
                Map.entry("orderDescription", "description"), Map.entry("customerFirstName", "John"),
                Map.entry("customerLastName", "Doe"), Map.entry("customerEmail", "email@example.com"),
                Map.entry("customerPhone", "501501501"), Map.entry("urlSuccess", "https://domain.com/success"),
                Map.entry("urlFailure", "https://domain.com/failure"),
                Map.entry("urlReturn", "https://domain.com/return")));
        fields.put("shipping", Map.of("firstName", "John", "lastName", "Doe", "postalCode", "00-001"));
        fields.put("billing", Map.of("firstName", "John", "lastName", "Doe", "company", "Nazwa firmy 1"));
        String expected = "b175ab4820dcd8428bde06630e417db283b96e71b5eceedb537d53b10d87d464;sha256";

        assertThat(PaywallSignature.canonical(fields)).startsWith(
                "amount=20000&billing[company]=Nazwa firmy 1&billing[firstName]=John&billing[lastName]=Doe&currency=PLN")
                .contains("&serviceId=62f574ed-d4ad-4a7e-9981-89ed7284aaba&shipping[firstName]=John"
                        + "&shipping[lastName]=Doe&shipping[postalCode]=00-001&urlFailure=");
        assertThat(PaywallSignature.sign(fields, V4_KEY, Algorithm.SHA256)).isEqualTo(expected);
        Map<String, String[]> form = formOf(fields);
        assertThat(form).containsKeys("billing[company]", "shipping[postalCode]");
        assertThat(verifyForm(form, expected, V4_KEY)).isEqualTo(Verdict.VALID);
    }

    @Test
    void v5VisibleMethodsAsAList() {
        Map<String, Object> fields = minimal("o1", "A", "B");
        fields.put("visibleMethod", Map.of("0", "card", "1", "blik"));
        String expected = "e30356ab8b5c02a6a2a452dcd4fdca81333fdc5c0feb1c762a1d21e9f188a26b;sha256";

        assertThat(PaywallSignature.canonical(fields)).contains("&visibleMethod[0]=card&visibleMethod[1]=blik");
        assertThat(PaywallSignature.sign(fields, "k", Algorithm.SHA256)).isEqualTo(expected);
        assertThat(verifyForm(formOf(fields), expected, "k")).isEqualTo(Verdict.VALID);
    }

    @Test
    void v6PolishLettersAreHashedAsUtf8() {
        Map<String, Object> fields = minimal("Zamówienie 1", "Łukasz", "Żółć");
        String expected = "d5ab91d57902078d99e7295c1859550a5ea207812295fe2073d8ef5e10262989;sha256";

        assertThat(PaywallSignature.sign(fields, "k", Algorithm.SHA256)).isEqualTo(expected);
        assertThat(verifyForm(formOf(fields), expected, "k")).isEqualTo(Verdict.VALID);
    }

    @Test
    void v7InstallmentsWidgetSignsAnIntegerAmount() {
        Map<String, Object> fields = Map.of("amount", 30000, "currency", "PLN",
                "serviceId", "63f574ed-d90d-4abe-9cs1-39117584a7b7", "merchantId", "6yt3gjtm9p1odfgx8491");
        String expected = "8aadd853d0b6ffbab3f629e713c5631ec2bdd93ac1bbf6121ad4d0c40515a9fb;sha256";

        assertThat(PaywallSignature.sign(fields, V1_KEY, Algorithm.SHA256)).isEqualTo(expected);
        Map<String, String[]> form = formOf(fields);
        assertThat(form.get("amount")).containsExactly("30000");
        assertThat(verifyForm(form, expected, V1_KEY)).isEqualTo(Verdict.VALID);
    }

    @Test
    void aKeyRotatedOutButStillInItsOverlapVerifies() {
        String signedWithOldKey = PaywallSignature.sign(v1(), "old-key", Algorithm.SHA256);

        assertThat(PaywallSignature.verify(v1(), signedWithOldKey, List.of("new-key", "old-key")))
                .isEqualTo(Verdict.VALID);
        assertThat(PaywallSignature.verify(v1(), signedWithOldKey, List.of("new-key"))).isEqualTo(Verdict.MISMATCH);
        assertThat(PaywallSignature.verify(v1(), signedWithOldKey, List.of())).isEqualTo(Verdict.MISMATCH);
    }

    @Test
    void aTamperedAmountNoLongerMatchesAndTheVerdictRevealsNothing() {
        Map<String, Object> tampered = v1();
        tampered.put("amount", "3");

        Verdict verdict = verifyForm(formOf(tampered), V1_SHA256 + ";sha256", V1_KEY);

        assertThat(verdict).isEqualTo(Verdict.MISMATCH);
        assertThat(verdict.messageKey()).isEqualTo("paywall.signature.mismatch");
        String expected = PaywallSignature.sign(tampered, V1_KEY, Algorithm.SHA256);
        assertThat(verdict.toString()).doesNotContain(expected.substring(0, 8));
    }

    @Test
    void upperCaseHexAndAMissingAlgorithmAreAccepted() {
        assertThat(PaywallSignature.verify(v1(), V1_SHA256.toUpperCase(Locale.ROOT) + ";sha256", List.of(V1_KEY)))
                .isEqualTo(Verdict.VALID);
        assertThat(PaywallSignature.verify(v1(), V1_SHA256, List.of(V1_KEY))).isEqualTo(Verdict.VALID);
        assertThat(PaywallSignature.verify(v1(), V1_SHA256 + ";SHA256", List.of(V1_KEY))).isEqualTo(Verdict.VALID);
    }

    @Test
    void eachBrokenSignatureSaysWhatIsWrong() {
        assertThat(verify(null)).isEqualTo(Verdict.MISSING);
        assertThat(verify("")).isEqualTo(Verdict.MISSING);
        assertThat(verify("0dd0zz;sha256")).isEqualTo(Verdict.MALFORMED);
        assertThat(verify(V1_SHA256 + ";")).isEqualTo(Verdict.MALFORMED);
        assertThat(verify(V1_SHA256 + ";sha256;sha256")).isEqualTo(Verdict.MALFORMED);
        assertThat(verify(" " + V1_SHA256 + ";sha256")).isEqualTo(Verdict.MALFORMED);
        assertThat(verify(";sha256")).isEqualTo(Verdict.MALFORMED);
        assertThat(verify(V1_SHA256 + ";md5")).isEqualTo(Verdict.UNSUPPORTED_ALGORITHM);
        assertThat(verify(V1_SHA256 + ";sha1")).isEqualTo(Verdict.UNSUPPORTED_ALGORITHM);
        assertThat(verify(V1_SHA256 + ";sha512")).isEqualTo(Verdict.WRONG_LENGTH);
        assertThat(verify(V1_SHA256.substring(1) + ";sha256")).isEqualTo(Verdict.WRONG_LENGTH);
        assertThat(verify("0".repeat(64) + ";sha256")).isEqualTo(Verdict.MISMATCH);
    }

    @Test
    void listIndicesSortAsNumbersAndNamesAsUtf8Bytes() {
        Map<String, Object> fields = new HashMap<>();
        fields.put("visibleMethod", Map.of("10", "wt", "2", "blik", "1", "card"));
        fields.put("a", "lower case after upper case");
        fields.put("B", "upper");
        // U+FF61 precedes U+1F600 in UTF-8, though its UTF-16 unit 0xFF61 follows the surrogate 0xD83D.
        fields.put("\uFF61", "x");
        fields.put("\uD83D\uDE00", "y");

        assertThat(PaywallSignature.canonical(fields)).isEqualTo("B=upper&a=lower case after upper case"
                + "&visibleMethod[1]=card&visibleMethod[2]=blik&visibleMethod[10]=wt&\uFF61=x&\uD83D\uDE00=y");
    }

    @Test
    void valuesAreWrittenAsPhpWritesThem() {
        Map<String, Object> fields = new HashMap<>();
        fields.put("a", true);
        fields.put("b", false);
        fields.put("c", null);
        fields.put("d", 5L);

        assertThat(PaywallSignature.canonical(fields)).isEqualTo("a=1&b=&c=&d=5");
        assertThatIllegalArgumentException().isThrownBy(() -> PaywallSignature.canonical(Map.of("e", 1.5)));
    }

    @Test
    void aLevelMixingIndicesAndNamesHasNoOrderToSignIn() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> PaywallSignature.canonical(Map.of("list", Map.of("2", "a", "10", "b", "1a", "c"))));
    }

    private static Verdict verify(String submitted) {
        return PaywallSignature.verify(v1(), submitted, List.of(V1_KEY));
    }

    /** Reads a submitted form the way the paywall will, then checks its signature. */
    private static Verdict verifyForm(Map<String, String[]> form, String signature, String key) {
        form.put("signature", new String[] {signature});
        PaywallOutcome<PaywallFields> read = PaywallFields.read(form);
        assertThat(read).isInstanceOf(PaywallOutcome.Accepted.class);
        PaywallFields fields = ((PaywallOutcome.Accepted<PaywallFields>) read).value();
        assertThat(fields.signature()).isEqualTo(signature);
        assertThat(fields.signed()).doesNotContainKey("signature");
        return PaywallSignature.verify(fields.signed(), fields.signature(), List.of(key));
    }

    /** The parameters a browser would submit for these fields: nested maps become {@code name[key]}. */
    private static Map<String, String[]> formOf(Map<String, ?> fields) {
        Map<String, String[]> form = new LinkedHashMap<>();
        addTo(form, fields, "");
        return form;
    }

    private static void addTo(Map<String, String[]> form, Map<?, ?> fields, String prefix) {
        fields.forEach((key, value) -> {
            String name = prefix.isEmpty() ? key.toString() : prefix + "[" + key + "]";
            if (value instanceof Map<?, ?> nested) {
                addTo(form, nested, name);
            }
            else {
                form.put(name, new String[] {value.toString()});
            }
        });
    }

    private static Map<String, Object> v1() {
        return new LinkedHashMap<>(Map.ofEntries(Map.entry("merchantId", "6yt3gjtm9p1odfgx8491"),
                Map.entry("serviceId", "63f574ed-d90d-4abe-9cs1-39117584a7b"), Map.entry("amount", "300"),
                Map.entry("currency", "PLN"), Map.entry("orderId", "123"),
                Map.entry("orderDescription", "Example transaction"), Map.entry("customerFirstName", "John"),
                Map.entry("customerLastName", "Doe"), Map.entry("customerEmail", "johndoe@domain.com"),
                Map.entry("customerPhone", "501501501"), Map.entry("urlSuccess", "https://your-shop.com/success"),
                Map.entry("urlFailure", "https://your-shop.com/failure"),
                Map.entry("urlReturn", "https://your-shop.com/return")));
    }

    /** The fields of V5 and V6: service {@code s}, merchant {@code m}, 1.00 PLN. */
    private static Map<String, Object> minimal(String orderId, String firstName, String lastName) {
        return new LinkedHashMap<>(Map.of("amount", "100", "currency", "PLN", "orderId", orderId, "serviceId", "s",
                "merchantId", "m", "customerFirstName", firstName, "customerLastName", lastName));
    }
}
