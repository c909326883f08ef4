package pl.bramka.shared;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code bramka.log-format=json} (BRAMKA_LOG_FORMAT) switches the console to Spring Boot's structured logging in the
 * Elastic Common Schema, one JSON object a line with the request id among its fields, for log collectors. Decided
 * before logging starts; an explicit {@code logging.structured.format.console} still wins.
 */
class LogFormat implements EnvironmentPostProcessor {

    static final String SETTING = "bramka.log-format";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String format = environment.getProperty(SETTING, "text");
        switch (format) {
            case "text" -> {
            }
            case "json" -> environment.getPropertySources().addLast(new MapPropertySource("bramkaLogFormat",
                    Map.of("logging.structured.format.console", "ecs")));
            default -> throw new IllegalStateException(SETTING + ": '" + format + "' is neither text nor json");
        }
    }
}
