package pl.bramka.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import pl.bramka.HttpVisitor;
import pl.bramka.IntegrationTest;

/**
 * Over real HTTP: the health probes answer anyone (a load balancer asks them), the rest of the actuator only the
 * allowed networks (loopback by default), and anyone else gets the page any unknown address gets.
 */
class ManagementEndpointsTests extends IntegrationTest {

    @Test
    void theProbesArePublicAndReadinessChecksTheDatabaseAndTheMailServer() {
        try (HttpVisitor remote = remoteVisitor()) {
            HttpVisitor.Answer liveness = remote.get("/actuator/health/liveness");
            HttpVisitor.Answer readiness = remote.get("/actuator/health/readiness");

            assertThat(liveness.status()).isEqualTo(200);
            assertThat(liveness.body()).contains("\"status\":\"UP\"");
            assertThat(readiness.status()).isEqualTo(200);
            assertThat(readiness.body()).contains("\"status\":\"UP\"");
        }
        try (HttpVisitor local = monitor(HttpVisitor.of(baseUrl()))) {
            // the overall health stays where it was, for the load balancers already asking it
            assertThat(local.get("/actuator/health").status()).isEqualTo(200);
        }
    }

    @Test
    void prometheusAndMetricsAnswerOnlyTheAllowedNetworks() {
        try (HttpVisitor local = monitor(HttpVisitor.of(baseUrl()))) {
            HttpVisitor.Answer prometheus = local.get("/actuator/prometheus");

            assertThat(prometheus.status()).isEqualTo(200);
            assertThat(prometheus.body()).contains("jvm_memory_used_bytes");
            assertThat(local.get("/actuator/metrics").status()).isEqualTo(200);
        }
        try (HttpVisitor remote = remoteVisitor()) {
            HttpVisitor.Answer prometheus = remote.get("/actuator/prometheus");
            HttpVisitor.Answer unknownPage = remote.get("/css/no-such-page.css");

            assertThat(prometheus.status()).isEqualTo(404);
            assertThat(remote.get("/actuator/metrics").status()).isEqualTo(404);
            assertThat(remote.get("/actuator/env").status()).isEqualTo(404);
            // the answer any unknown address gets
            assertThat(unknownPage.status()).isEqualTo(404);
            assertThat(prometheus.body()).doesNotContain("jvm_").contains("\"error\":\"Not Found\"");
        }
    }

    @Test
    void thePolicyKnowsTheActuatorRoutes() {
        assertThat(AccessPolicy.accessFor(HttpMethod.GET, "/actuator/health/readiness")).map(Access::kind)
                .hasValue(Access.Kind.PUBLIC);
        assertThat(AccessPolicy.accessFor(HttpMethod.GET, "/actuator/health/liveness")).map(Access::kind)
                .hasValue(Access.Kind.PUBLIC);
        assertThat(AccessPolicy.accessFor(HttpMethod.GET, "/actuator/prometheus")).map(Access::kind)
                .hasValue(Access.Kind.MANAGEMENT);
    }

    @Test
    void anAllowedNetworkThatIsNoAddressStopsTheStartNamingTheSetting() {
        assertThatThrownBy(() -> ManagementSecurityConfiguration.allowedNetworks("127.0.0.1, monitoring.internal"))
                .hasMessage("bramka.management.allowed-networks: 'monitoring.internal' is not an IP address or CIDR "
                        + "range such as 10.0.0.0/8");
    }

    /** 127.0.0.2 is a trusted proxy in the test profile, forwarding for a client elsewhere. */
    private HttpVisitor remoteVisitor() {
        return monitor(HttpVisitor.from(baseUrl(), "127.0.0.2").header("X-Forwarded-For", "203.0.113.7"));
    }

    /** A monitoring system takes whatever the endpoint writes (JSON or Prometheus' text), not a page. */
    private static HttpVisitor monitor(HttpVisitor visitor) {
        return visitor.header("Accept", "*/*");
    }
}
