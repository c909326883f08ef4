package pl.bramka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * {@code docs/configuration.md} is written from the build's configuration metadata, so the reference operators read
 * cannot drift from the settings the code binds. The test rewrites the file and fails when that changed it: commit
 * the rewritten file.
 */
class ConfigurationReferenceTests {

    private static final Path REFERENCE = Path.of("docs/configuration.md");
    private static final Pattern CODE_TAG = Pattern.compile("\\{@code ((?:[^{}]|\\{[^{}]*})*)}");

    @Test
    void theCommittedReferenceIsTheOneTheMetadataDescribes() throws IOException {
        String committed = Files.exists(REFERENCE) ? Files.readString(REFERENCE) : "";
        String generated = reference(ConfigurationMetadata.settings().values().stream()
                .filter(setting -> setting.name().startsWith("bramka.")).toList());
        Files.writeString(REFERENCE, generated);

        assertThat(generated).contains("| `bramka.public-url` | `BRAMKA_PUBLIC_URL` |");
        assertThat(committed).as(REFERENCE + " was out of date and has been rewritten: commit it")
                .isEqualTo(generated);
    }

    private static String reference(List<ConfigurationMetadata.Setting> settings) {
        StringBuilder page = new StringBuilder("""
                # Configuration reference

                Generated from the build's configuration metadata (`@ConfigurationProperties` records and
                `META-INF/additional-spring-configuration-metadata.json`) by `ConfigurationReferenceTests`: do not edit
                by hand; change the setting's javadoc or metadata and run that test. The README's configuration table
                explains the settings operators change most.

                Every setting is read from an environment variable (the name below, Spring Boot's relaxed binding) or a
                `--name=value` argument. Settings without a default are required in some modes or off when empty; their
                description says which.

                | setting | environment variable | type | default | description |
                |---|---|---|---|---|
                """);
        for (ConfigurationMetadata.Setting setting : settings) {
            page.append("| `").append(setting.name()).append("` | `").append(setting.legacyEnvironmentVariable())
                    .append("` | `").append(cell(typeName(setting.type()))).append("` | ")
                    .append(setting.defaultValue().isEmpty() ? "" : "`" + cell(setting.defaultValue()) + "`")
                    .append(" | ").append(cell(description(setting.description())))
                    .append(" |\n");
        }
        return page.toString();
    }

    /** {@code java.util.List<java.lang.String>} reads as {@code List<String>}. */
    private static String typeName(String type) {
        return type.replaceAll("\\b(?:[a-z][a-z0-9]*\\.)+", "");
    }

    /** Javadoc's code tags become code spans; an angle bracket outside them would read as an HTML tag. */
    private static String description(String javadoc) {
        String[] parts = CODE_TAG.matcher(javadoc).replaceAll("`$1`").split("`", -1);
        for (int i = 0; i < parts.length; i += 2) {
            parts[i] = parts[i].replace("<", "&lt;").replace(">", "&gt;");
        }
        return String.join("`", parts);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replaceAll("\\s+", " ").strip();
    }
}
