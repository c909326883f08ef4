package pl.bramka.shop;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** Merchant category codes of ISO 18245 with their descriptions, for the MCC choice on the shop data tab. */
@Component
class MerchantCategoryCodes {

    private final Map<String, String> descriptions;

    MerchantCategoryCodes() {
        this.descriptions = load();
    }

    Map<String, String> all() {
        return descriptions;
    }

    boolean isKnown(String code) {
        return descriptions.containsKey(code);
    }

    String describe(String code) {
        return descriptions.getOrDefault(code, "");
    }

    private static Map<String, String> load() {
        Map<String, String> codes = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("shop/mcc-codes.tsv").getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.isBlank()).map(line -> line.split("\t", 2))
                    .forEach(parts -> codes.put(parts[0], parts[1]));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return java.util.Collections.unmodifiableMap(codes);
    }
}
