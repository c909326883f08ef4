package pl.bramka.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.mock.env.MockEnvironment;

class EmbeddedDatabaseDefaultsTests {

    @Test
    void withoutADatabaseUrlTheEmbeddedDatabaseAndDemoModeAreTheDefaults() {
        MockEnvironment environment = postProcess(Map.of(), getClass().getClassLoader());

        assertThat(environment.getProperty(EmbeddedDatabaseDefaults.EMBEDDED)).isEqualTo("true");
        assertThat(environment.getProperty("bramka.demo")).isEqualTo("true");
    }

    @Test
    void aDatabaseUrlNeedsNoEmbeddedDatabaseEvenInAJarWithout() {
        MockEnvironment environment = postProcess(Map.of("spring.datasource.url", "jdbc:postgresql://db/bramka"),
                new FilteredClassLoader(EmbeddedPostgres.class));

        assertThat(environment.getProperty(EmbeddedDatabaseDefaults.EMBEDDED)).isEqualTo("false");
        assertThat(environment.getProperty("bramka.demo")).isEqualTo("false");
    }

    @Test
    void aJarBuiltWithoutTheEmbeddedDatabaseRefusesToStartWithoutADatabaseUrl() {
        assertThatThrownBy(() -> postProcess(Map.of(), new FilteredClassLoader(EmbeddedPostgres.class)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SPRING_DATASOURCE_URL").hasMessageContaining("embedded PostgreSQL");
    }

    /** Only the given properties: the machine's own (CI sets SPRING_DATASOURCE_URL) must not count. */
    private static MockEnvironment postProcess(Map<String, String> properties, ClassLoader classLoader) {
        MockEnvironment environment = new MockEnvironment();
        properties.forEach(environment::setProperty);
        SpringApplication application = new SpringApplication();
        application.setResourceLoader(new DefaultResourceLoader(classLoader));
        new EmbeddedDatabaseDefaults().postProcessEnvironment(environment, application);
        return environment;
    }
}
