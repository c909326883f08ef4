package pl.bramka.database;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Decides, before any bean exists, whether this run uses the embedded database. Demo mode follows that choice unless
 * {@code bramka.demo} is set explicitly: a first run on a laptop gets demo logins, a production server never does.
 */
class EmbeddedDatabaseDefaults implements EnvironmentPostProcessor {

    static final String EMBEDDED = "bramka.database.embedded";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean embedded = !environment.containsProperty("spring.datasource.url");
        Map<String, Object> defaults = new HashMap<>();
        defaults.put(EMBEDDED, embedded);
        defaults.put("bramka.demo", embedded);
        environment.getPropertySources().addLast(new MapPropertySource("bramkaDatabaseDefaults", defaults));
    }
}
