package pl.bramka.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import pl.bramka.HttpVisitor;
import pl.bramka.IntegrationTest;

/**
 * The line each request leaves in the log, in both formats of BRAMKA_LOG_FORMAT, over real HTTP. For the JSON format
 * the running application's logging is set up again as Spring Boot does at a start with {@code bramka.log-format=json},
 * and put back as it was afterwards.
 */
@ExtendWith(OutputCaptureExtension.class)
class RequestLogLinesTests extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ConfigurableEnvironment environment;

    @Test
    void asTextARequestIsOneLineWithItsIdRouteStatusAndDuration(CapturedOutput output) {
        try (HttpVisitor visitor = HttpVisitor.of(baseUrl())) {
            HttpVisitor.Answer reset = visitor.get("/password/reset/a-secret-reset-token");

            String requestId = reset.header(RequestIds.HEADER);
            List<String> lines = linesOf(output, requestId);
            assertThat(lines).hasSize(1);
            assertThat(lines.get(0)).matches(".* INFO .*\\[" + requestId + "] pl\\.bramka\\.shared\\.RequestIds +: "
                    + "GET /password/reset/\\{token} " + reset.status() + " \\d+ms");
            // the route's pattern, never the token in the address
            assertThat(output.getOut()).doesNotContain("a-secret-reset-token");
        }
    }

    @Test
    void asJsonARequestIsOneObjectCarryingTheIdTheResponseGave(CapturedOutput output) {
        String requestId;
        Properties systemProperties = (Properties) System.getProperties().clone();
        setUpLogging(withLogFormat("json"));
        try (HttpVisitor visitor = HttpVisitor.of(baseUrl())) {
            requestId = visitor.get("/login").header(RequestIds.HEADER);
        } finally {
            // Spring Boot hands the format to Logback in system properties, and never replaces one already set
            System.setProperties(systemProperties);
            setUpLogging(environment);
        }

        List<String> lines = linesOf(output, requestId);
        assertThat(lines).hasSize(1);
        JsonNode line = JSON.readTree(lines.get(0));
        assertThat(line.path("requestId").asString()).isEqualTo(requestId);
        assertThat(line.path("message").asString()).matches("GET /login 200 \\d+ms");
        assertThat(line.path("log").path("level").asString()).isEqualTo("INFO");
        assertThat(line.path("log").path("logger").asString()).isEqualTo(RequestIds.class.getName());
        assertThat(line.path("@timestamp").asString()).isNotEmpty();
    }

    /** The request's own line, the one RequestIds writes when the response has gone. */
    private static List<String> linesOf(CapturedOutput output, String requestId) {
        return output.getOut().lines().filter(line -> line.contains(requestId))
                .filter(line -> line.contains("RequestIds")).toList();
    }

    /** The application's settings with BRAMKA_LOG_FORMAT set, mapped as at a start. */
    private ConfigurableEnvironment withLogFormat(String format) {
        ConfigurableEnvironment withFormat = new StandardEnvironment();
        withFormat.getPropertySources().addFirst(new MapPropertySource("logFormat", Map.of(LogFormat.SETTING, format)));
        environment.getPropertySources().forEach(withFormat.getPropertySources()::addLast);
        new LogFormat().postProcessEnvironment(withFormat, new SpringApplication());
        return withFormat;
    }

    /** What Spring Boot's logging listener does when an application starts with these settings. */
    private static void setUpLogging(ConfigurableEnvironment settings) {
        LoggingSystem.get(RequestLogLinesTests.class.getClassLoader()).cleanUp();
        SpringApplication application = new SpringApplication();
        DefaultBootstrapContext bootstrap = new DefaultBootstrapContext();
        LoggingApplicationListener listener = new LoggingApplicationListener();
        listener.onApplicationEvent(new ApplicationStartingEvent(bootstrap, application, new String[0]));
        listener.onApplicationEvent(new ApplicationEnvironmentPreparedEvent(bootstrap, application, new String[0],
                settings));
    }
}
