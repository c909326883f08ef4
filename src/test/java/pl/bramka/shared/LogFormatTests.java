package pl.bramka.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.mock.env.MockEnvironment;

/** BRAMKA_LOG_FORMAT chooses between text lines and Spring Boot's structured JSON (ECS) before logging starts. */
class LogFormatTests {

    private static final String STRUCTURED = "logging.structured.format.console";

    @Test
    void jsonSwitchesTheConsoleToStructuredLoggingInTheElasticCommonSchema() {
        assertThat(postProcess(Map.of(LogFormat.SETTING, "json")).getProperty(STRUCTURED)).isEqualTo("ecs");
    }

    @Test
    void textIsTheDefaultAndLeavesTheLinesAsTheyAre() {
        assertThat(postProcess(Map.of()).getProperty(STRUCTURED)).isNull();
        assertThat(postProcess(Map.of(LogFormat.SETTING, "text")).getProperty(STRUCTURED)).isNull();
    }

    @Test
    void anExplicitStructuredFormatWins() {
        assertThat(postProcess(Map.of(LogFormat.SETTING, "json", STRUCTURED, "logstash")).getProperty(STRUCTURED))
                .isEqualTo("logstash");
    }

    @Test
    void anUnknownFormatStopsTheStartNamingTheSetting() {
        assertThatThrownBy(() -> postProcess(Map.of(LogFormat.SETTING, "xml")))
                .hasMessage("bramka.log-format: 'xml' is neither text nor json");
    }

    private static MockEnvironment postProcess(Map<String, Object> properties) {
        MockEnvironment environment = new MockEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("given", properties));
        new LogFormat().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }
}
