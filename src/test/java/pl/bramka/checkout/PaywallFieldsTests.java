package pl.bramka.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Reading submitted parameters into the tree that was signed, and refusing forms that cannot be read one way only. */
class PaywallFieldsTests {

    @Test
    void bracketedNamesBecomeNestedFieldsAndTheSignatureIsKeptAside() {
        PaywallFields fields = read(form("amount", "300", "billing[firstName]", "Jan", "billing[city]", "Łódź",
                "multipayout[0][ban]", "PL61109010140000071219812874", "multipayout[0][amount]", "100",
                "visibleMethod[1]", "blik", "signature", "abc;sha256"));

        assertThat(fields.signature()).isEqualTo("abc;sha256");
        assertThat(fields.signed()).containsOnlyKeys("amount", "billing", "multipayout", "visibleMethod");
        assertThat(fields.signed()).containsEntry("billing", Map.of("firstName", "Jan", "city", "Łódź"));
        assertThat(fields.signed()).containsEntry("multipayout",
                Map.of("0", Map.of("ban", "PL61109010140000071219812874", "amount", "100")));
        assertThat(fields.signed()).containsEntry("visibleMethod", Map.of("1", "blik"));
    }

    @Test
    void valuesStayExactlyAsSubmitted() {
        PaywallFields fields = read(form("orderDescription", "  two  spaces ", "customerEmail", ""));

        assertThat(fields.signed()).containsEntry("orderDescription", "  two  spaces ").containsEntry("customerEmail", "");
        assertThat(fields.signature()).isNull();
    }

    @Test
    void theTreeCannotBeChangedAfterReading() {
        PaywallFields fields = read(form("billing[city]", "Gdańsk"));

        assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> fields.signed().put("amount", "1"));
        @SuppressWarnings("unchecked")
        Map<String, Object> billing = (Map<String, Object>) fields.signed().get("billing");
        assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> billing.put("city", "Puck"));
    }

    @Test
    void malformedNamesAreRefused() {
        for (String name : new String[] {"billing[", "billing]", "billing[city", "billing[]", "[city]", "billing[a]b",
                "billing[[a]]", "0", "12[a]"}) {
            assertThat(refusal(form(name, "x"))).as(name).isEqualTo(new PaywallFieldError(name, PaywallRule.MALFORMED_NAME));
        }
        assertThat(read(form("billing[postal code]", "x")).signed()).containsKey("billing");
    }

    @Test
    void aParameterGivenTwiceIsRefused() {
        Map<String, String[]> form = form("orderId", "1");
        form.put("amount", new String[] {"100", "1"});

        assertThat(refusal(form)).isEqualTo(new PaywallFieldError("amount", PaywallRule.DUPLICATE));
    }

    @Test
    void aNameUsedForAValueAndForNestedFieldsIsRefused() {
        assertThat(refusal(form("billing", "x", "billing[city]", "Puck")))
                .isEqualTo(new PaywallFieldError("billing[city]", PaywallRule.VALUE_AND_MAP));
        assertThat(refusal(form("billing[city]", "Puck", "billing", "x")))
                .isEqualTo(new PaywallFieldError("billing", PaywallRule.VALUE_AND_MAP));
        assertThat(refusal(form("multipayout[0][ban]", "PL1", "multipayout[0]", "x")))
                .isEqualTo(new PaywallFieldError("multipayout[0]", PaywallRule.VALUE_AND_MAP));
    }

    @Test
    void aNestedSignatureIsRefused() {
        assertThat(refusal(form("signature[0]", "abc")))
                .isEqualTo(new PaywallFieldError("signature[0]", PaywallRule.STRUCTURE));
    }

    @Test
    void nestingIsLimitedToThreeLevels() {
        assertThat(read(form("multipayout[0][ban]", "PL1")).signed()).containsKey("multipayout");
        assertThat(refusal(form("multipayout[0][ban][x]", "PL1")))
                .isEqualTo(new PaywallFieldError("multipayout[0][ban][x]", PaywallRule.TOO_DEEP));
    }

    @Test
    void aLevelMixingListIndicesAndNamesIsRefused() {
        assertThat(refusal(form("visibleMethod[0]", "card", "visibleMethod[x]", "blik")))
                .isEqualTo(new PaywallFieldError("visibleMethod", PaywallRule.MIXED_KEYS));
        assertThat(refusal(form("multipayout[0][1]", "a", "multipayout[0][ban]", "b")))
                .isEqualTo(new PaywallFieldError("multipayout[0]", PaywallRule.MIXED_KEYS));
    }

    @Test
    void atMostOneHundredParametersCountingTheSignature() {
        Map<String, String[]> form = new LinkedHashMap<>();
        for (int i = 0; i < PaywallFields.MAX_PARAMETERS - 1; i++) {
            form.put("field" + i, new String[] {"x"});
        }
        form.put("signature", new String[] {"abc"});
        assertThat(read(form).signed()).hasSize(PaywallFields.MAX_PARAMETERS - 1);

        form.put("oneTooMany", new String[] {"x"});
        assertThat(refusal(form)).isEqualTo(new PaywallFieldError(null, PaywallRule.TOO_MANY_FIELDS));
    }

    @Test
    void valuesHaveAtMostTwoThousandCharacters() {
        assertThat(read(form("cart", "ł".repeat(PaywallFields.MAX_VALUE_LENGTH))).signed()).containsKey("cart");
        assertThat(refusal(form("cart", "a".repeat(PaywallFields.MAX_VALUE_LENGTH + 1))))
                .isEqualTo(new PaywallFieldError("cart", PaywallRule.TOO_LONG));
        assertThat(refusal(form("signature", "a".repeat(PaywallFields.MAX_VALUE_LENGTH + 1))))
                .isEqualTo(new PaywallFieldError("signature", PaywallRule.TOO_LONG));
    }

    static Map<String, String[]> form(String... namesAndValues) {
        Map<String, String[]> form = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.put(namesAndValues[i], new String[] {namesAndValues[i + 1]});
        }
        return form;
    }

    private static PaywallFields read(Map<String, String[]> form) {
        PaywallOutcome<PaywallFields> outcome = PaywallFields.read(form);
        assertThat(outcome).isInstanceOf(PaywallOutcome.Accepted.class);
        return ((PaywallOutcome.Accepted<PaywallFields>) outcome).value();
    }

    private static PaywallFieldError refusal(Map<String, String[]> form) {
        PaywallOutcome<PaywallFields> outcome = PaywallFields.read(form);
        assertThat(outcome).isInstanceOf(PaywallOutcome.Refused.class);
        assertThat(((PaywallOutcome.Refused<PaywallFields>) outcome).errors()).hasSize(1);
        return ((PaywallOutcome.Refused<PaywallFields>) outcome).errors().get(0);
    }
}
