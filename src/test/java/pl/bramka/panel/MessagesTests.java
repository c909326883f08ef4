package pl.bramka.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Polish and English texts come in pairs: every bundle has an English twin with the same keys, no text is empty,
 * and every bundle is registered in spring.messages.basename.
 */
class MessagesTests {

    @Test
    void everyBundleHasTheSameKeysInPolishAndEnglish() throws IOException {
        for (String bundle : bundles()) {
            Properties polish = load(bundle + ".properties");
            Properties english = load(bundle + "_en.properties");
            assertThat(english.stringPropertyNames()).as(bundle)
                    .containsExactlyInAnyOrderElementsOf(polish.stringPropertyNames());
            assertThat(polish.values()).as(bundle).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
            assertThat(english.values()).as(bundle).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
        }
    }

    @Test
    void everyBundleIsRegistered() throws IOException {
        Properties application = load("application.properties");
        List<String> registered = Arrays.asList(application.getProperty("spring.messages.basename").split(","));
        assertThat(registered).containsExactlyInAnyOrderElementsOf(bundles());
    }

    private static List<String> bundles() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:messages/*.properties");
        return Arrays.stream(files).map(Resource::getFilename).filter(name -> !name.matches(".*_[a-z]{2}\\.properties"))
                .map(name -> "messages/" + name.replace(".properties", "")).toList();
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
