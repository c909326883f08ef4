package pl.bramka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every {@code bramka.*} setting has metadata with a description (for IDEs and operators), and the README's
 * configuration table names only settings that exist.
 */
class ConfigurationMetadataTests {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(bramka\\.[a-z0-9.-]+)");
    private static final Pattern PROPERTY_LINE = Pattern.compile("(?m)^(bramka\\.[a-z0-9.-]+)=");
    private static final Pattern README_SETTING = Pattern.compile("(?m)^\\| `(BRAMKA_[A-Z0-9_]+)`");

    private final Map<String, String> descriptions = described();

    @Test
    void everySettingTheCodeReadsIsDescribed() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                collect(PLACEHOLDER, Files.readString(source), used);
            }
        }
        collect(PROPERTY_LINE, Files.readString(Path.of("src/main/resources/application.properties")), used);

        assertThat(used).isNotEmpty();
        assertThat(used).allSatisfy(name -> assertThat(descriptions.get(name)).as(name).isNotBlank());
    }

    @Test
    void everySettingInTheReadmeExistsAndIsDescribed() throws IOException {
        Set<String> inReadme = new TreeSet<>();
        collect(README_SETTING, Files.readString(Path.of("README.md")), inReadme);
        Map<String, String> byVariable = new HashMap<>();
        ConfigurationMetadata.settings().values().forEach(setting -> {
            byVariable.put(setting.environmentVariable(), setting.description());
            byVariable.put(setting.legacyEnvironmentVariable(), setting.description());
        });

        assertThat(inReadme).isNotEmpty();
        assertThat(inReadme).allSatisfy(variable -> assertThat(byVariable.get(variable)).as(variable).isNotBlank());
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    private static Map<String, String> described() {
        Map<String, String> descriptions = new HashMap<>();
        ConfigurationMetadata.settings().forEach((name, setting) -> descriptions.put(name, setting.description()));
        return descriptions;
    }
}
