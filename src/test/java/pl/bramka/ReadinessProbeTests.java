package pl.bramka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Readiness takes a node out of the load balancer while what it needs is down, and liveness keeps it running (an
 * orchestrator restarts a node whose liveness fails, which would not bring the database back). The servers are
 * really down: a closed port, not a mock.
 */
class ReadinessProbeTests extends IntegrationTest {

    private static final Pattern HOST_AND_PORT = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)(/.*)");
    private static final String SCHEMA = "readiness_probe";
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(20);
    private static final HttpClient ORCHESTRATOR = HttpClient.newHttpClient();

    @Autowired
    DataSource suiteDataSource;

    @Test
    void aMailServerThatIsDownMakesTheNodeUnreadyButNotDead() {
        try (HttpVisitor probe = monitor(HttpVisitor.of(baseUrl()))) {
            MAIL.stop();
            try {
                assertThat(probe.get("/actuator/health/readiness").status()).isEqualTo(503);
                assertThat(probe.get("/actuator/health/liveness").status()).isEqualTo(200);
            } finally {
                MAIL.start();
            }
            assertThat(probe.get("/actuator/health/readiness").status()).isEqualTo(200);
        }
    }

    @Test
    void aMailServerThatHangsMakesTheNodeUnreadyWithinTheProbesTimeout() throws Exception {
        int smtpPort = MAIL.getSmtp().getPort();
        MAIL.stop();
        try (SilentServer hung = SilentServer.on(smtpPort)) {
            assertThat(readiness(baseUrl())).isEqualTo(503);
        } finally {
            MAIL.start();
        }
        assertThat(readiness(baseUrl())).isEqualTo(200);
    }

    /**
     * A second node of the application, on the suite's database (in a schema of its own) through a relay: stopping
     * the relay closes the port the node knows as its database and cuts the pool's connections.
     */
    @Test
    void aDatabaseThatIsDownMakesTheNodeUnreadyButNotDead() throws Exception {
        jdbc.sql("drop schema if exists " + SCHEMA + " cascade").update();
        jdbc.sql("create schema " + SCHEMA).update();
        HikariDataSource suite = (HikariDataSource) suiteDataSource;
        Matcher database = HOST_AND_PORT.matcher(suite.getJdbcUrl());
        assertThat(database.matches()).as(suite.getJdbcUrl()).isTrue();

        try (TcpRelay relay = TcpRelay.to(database.group(1), Integer.parseInt(database.group(2)));
                ConfigurableApplicationContext node = startNode(relay, database.group(3), suite);
                HttpVisitor probe = monitor(HttpVisitor.of(urlOf(node)))) {
            assertThat(probe.get("/actuator/health/readiness").status()).isEqualTo(200);

            relay.stop();
            // Probes find the pool's connections cut, one after another; once none is left the pool waits for a new
            // one, which never comes
            HikariPoolMXBean pool = node.getBean(HikariDataSource.class).getHikariPoolMXBean();
            await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
                assertThat(readiness(urlOf(node))).isEqualTo(503);
                assertThat(pool.getTotalConnections()).isZero();
            });
            assertThat(readiness(urlOf(node))).isEqualTo(503);
            assertThat(probe.get("/actuator/health/liveness").status()).isEqualTo(200);

            relay.start();
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> probe.get("/actuator/health/readiness").status() == 200);
        }
    }

    /**
     * Asks readiness as an orchestrator does, giving up after its probe timeout: 20 s here, far above the checks'
     * bound and far below the 30 s the pool waits for a connection.
     */
    private static int readiness(String baseUrl) throws IOException, InterruptedException {
        HttpRequest probe = HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health/readiness"))
                .timeout(PROBE_TIMEOUT).build();
        return ORCHESTRATOR.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Settings as a production server gets them (no demo mode), as command-line arguments. */
    private static ConfigurableApplicationContext startNode(TcpRelay relay, String databaseAndParameters,
            HikariDataSource suite) {
        String url = "jdbc:postgresql://127.0.0.1:" + relay.port() + databaseAndParameters;
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new SpringApplicationBuilder(BramkaApplication.class).run(
                "--spring.datasource.url=" + url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA
                        + ",public",
                "--spring.datasource.username=" + suite.getUsername(),
                "--spring.datasource.password=" + (suite.getPassword() == null ? "" : suite.getPassword()),
                "--bramka.secrets.key=" + Base64.getEncoder().encodeToString(key),
                "--bramka.public-url=https://bramka.example", "--server.port=0", "--spring.main.banner-mode=off");
    }

    private static String urlOf(ConfigurableApplicationContext node) {
        return "http://localhost:" + node.getEnvironment().getProperty("local.server.port");
    }

    /** A monitoring system takes whatever the endpoint writes, not a page. */
    private static HttpVisitor monitor(HttpVisitor visitor) {
        return visitor.header("Accept", "*/*");
    }
}
