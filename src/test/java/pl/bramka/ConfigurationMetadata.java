package pl.bramka;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The {@code bramka.*} settings as the build describes them: the metadata the configuration processor writes from the
 * {@code @ConfigurationProperties} records, plus the hand-written additional metadata for {@code @Value} settings.
 */
final class ConfigurationMetadata {

    private static final String[] FILES = {"META-INF/spring-configuration-metadata.json",
            "META-INF/additional-spring-configuration-metadata.json"};

    /** One setting; {@code defaultValue} is empty when the metadata names none. */
    record Setting(String name, String type, String defaultValue, String description) {

        /** Spring Boot's relaxed binding: {@code bramka.demo.credentials-file} is {@code BRAMKA_DEMO_CREDENTIALSFILE}. */
        String environmentVariable() {
            return name.replace('.', '_').replace("-", "").toUpperCase(Locale.ROOT);
        }

        /** The form Spring Boot also binds, which the README uses: {@code BRAMKA_DEMO_CREDENTIALS_FILE}. */
        String legacyEnvironmentVariable() {
            return name.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
        }
    }

    private ConfigurationMetadata() {
    }

    /**
     * Every setting of both files by name; a setting described in both keeps the first non-blank description, and the
     * first default and type found.
     */
    static Map<String, Setting> settings() {
        Map<String, Setting> settings = new TreeMap<>();
        for (String file : FILES) {
            try (InputStream in = ConfigurationMetadata.class.getClassLoader().getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException(file + " is not on the class path: compile first");
                }
                for (JsonNode property : new ObjectMapper().readTree(in).get("properties")) {
                    Setting setting = new Setting(property.get("name").asString(), text(property.get("type")),
                            defaultValue(property.get("defaultValue")), text(property.get("description")));
                    settings.merge(setting.name(), setting, ConfigurationMetadata::merge);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return settings;
    }

    private static Setting merge(Setting first, Setting second) {
        return new Setting(first.name(), first.type().isBlank() ? second.type() : first.type(),
                first.defaultValue().isBlank() ? second.defaultValue() : first.defaultValue(),
                first.description().isBlank() ? second.description() : first.description());
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? "" : node.asString();
    }

    /** A list default (e.g. of networks) is written as the comma-separated value its setting takes. */
    private static String defaultValue(JsonNode node) {
        if (node == null || node.isNull()) {
            return "";
        }
        if (node.isArray()) {
            List<String> values = new ArrayList<>();
            node.forEach(value -> values.add(value.asString()));
            return String.join(",", values);
        }
        return node.asString();
    }
}
