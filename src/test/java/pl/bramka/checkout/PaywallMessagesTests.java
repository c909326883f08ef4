package pl.bramka.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import pl.bramka.checkout.PaywallSignature.Verdict;

/**
 * Every reason the paywall can give has a text in both languages, and each text renders as written: rule texts go
 * through MessageFormat with the field name, signature texts are shown as they are.
 */
class PaywallMessagesTests {

    private static final List<String> BUNDLES = List.of("messages/paywall.properties",
            "messages/paywall_en.properties");

    @Test
    void everyRuleHasATextThatNamesTheField() throws IOException {
        for (String bundle : BUNDLES) {
            Properties texts = load(bundle);
            for (PaywallRule rule : PaywallRule.values()) {
                PaywallFieldError error = new PaywallFieldError("billing[city]", rule);
                String text = texts.getProperty(error.messageKey());
                assertThat(text).as("%s in %s", error.messageKey(), bundle).isNotBlank();
                String expected = text.replace("''", "'").replace("{0}", "billing[city]");
                assertThat(new MessageFormat(text, Locale.ROOT).format(error.messageArguments()))
                        .as("%s in %s", error.messageKey(), bundle).isEqualTo(expected);
                if (rule != PaywallRule.TOO_MANY_FIELDS) {
                    assertThat(text).as("%s in %s", error.messageKey(), bundle).contains("{0}");
                }
            }
        }
    }

    @Test
    void everySignatureFailureHasATextShownAsWritten() throws IOException {
        List<Verdict> failures = Arrays.stream(Verdict.values()).filter(verdict -> !verdict.valid()).toList();
        assertThat(failures).hasSize(5);
        for (String bundle : BUNDLES) {
            Properties texts = load(bundle);
            for (Verdict failure : failures) {
                assertThat(texts.getProperty(failure.messageKey())).as("%s in %s", failure.messageKey(), bundle)
                        .isNotBlank().doesNotContain("''").doesNotContain("{0}");
            }
        }
    }

    @Test
    void thePolishTextsAreWrittenInPolish() throws IOException {
        assertThat(load("messages/paywall.properties").getProperty("paywall.signature.mismatch"))
                .startsWith("Podpis formularza nie zgadza się z kluczem sklepu");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(new ClassPathResource(resource).getInputStream(),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
