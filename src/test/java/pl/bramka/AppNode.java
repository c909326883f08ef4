package pl.bramka;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One application node as a deployment runs it: its own Spring context, web server, scheduler and connection pool,
 * on a database and a mail server it shares with other nodes. The test profile's settings apply, with the given
 * ones on top (as command-line arguments, so they win over the suite's SPRING_DATASOURCE_URL too), and the test
 * components a test uses to act on the node.
 */
public final class AppNode implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private AppNode(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Starts a node on this database, sending its mail to this SMTP port, with these settings and components. */
    public static AppNode start(String jdbcUrl, int smtpPort, Path workDirectory, Map<String, String> settings,
            Class<?>... testComponents) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.profiles.active=test",
                "--server.port=0",
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--spring.mail.port=" + smtpPort,
                "--bramka.demo.credentials-file=" + workDirectory.resolve("demo-credentials.properties"),
                "--bramka.reports.generated-directory=" + workDirectory.resolve("reports"),
                "--bramka.scheduled-reports.directory=" + workDirectory.resolve("scheduled-reports")));
        settings.forEach((name, value) -> arguments.add("--" + name + "=" + value));
        return new AppNode(new SpringApplicationBuilder(BramkaApplication.class).sources(testComponents)
                .run(arguments.toArray(String[]::new)));
    }

    public String baseUrl() {
        return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Stops the node as a deployment does: the context closes, with its graceful shutdown phases. */
    @Override
    public void close() {
        context.close();
    }
}
