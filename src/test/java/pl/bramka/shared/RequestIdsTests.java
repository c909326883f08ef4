package pl.bramka.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import pl.bramka.HttpVisitor;
import pl.bramka.IntegrationTest;

/**
 * Over real HTTP: every request gets an id, taken from a trusted proxy's X-Request-Id or made new, sent back, shown
 * on error pages as the support code, used as the API's trace id, and carried by the request's one log line.
 */
@ExtendWith(OutputCaptureExtension.class)
class RequestIdsTests extends IntegrationTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void everyRequestGetsAnIdThatItsOneLogLineCarries(CapturedOutput output) {
        try (HttpVisitor visitor = HttpVisitor.of(baseUrl())) {
            HttpVisitor.Answer signIn = visitor.get("/login");

            String requestId = signIn.header("X-Request-Id");
            assertThat(requestId).matches(UUID);
            assertThat(output.getOut().lines().filter(line -> line.contains("[" + requestId + "]"))
                    .filter(line -> line.contains("GET /login 200"))).hasSize(1);
        }
    }

    @Test
    void aProxysRequestIdIsTakenOnlyFromATrustedProxy() {
        // 127.0.0.2 is the trusted proxy of the test profile
        try (HttpVisitor proxy = HttpVisitor.from(baseUrl(), "127.0.0.2").header("X-Request-Id", "lb-7f3a.42")) {
            assertThat(proxy.get("/login").header("X-Request-Id")).isEqualTo("lb-7f3a.42");
        }
        try (HttpVisitor client = HttpVisitor.of(baseUrl()).header("X-Request-Id", "chosen-by-the-client")) {
            assertThat(client.get("/login").header("X-Request-Id")).matches(UUID);
        }
        try (HttpVisitor proxy = HttpVisitor.from(baseUrl(), "127.0.0.2").header("X-Request-Id", "no spaces <b>")) {
            assertThat(proxy.get("/login").header("X-Request-Id")).matches(UUID);
        }
    }

    @Test
    void anErrorPageShowsTheIdAsTheSupportCode(CapturedOutput output) {
        try (HttpVisitor visitor = HttpVisitor.of(baseUrl())) {
            HttpVisitor.Answer missing = visitor.get("/css/no-such-page.css");

            assertThat(missing.status()).isEqualTo(404);
            String requestId = missing.header("X-Request-Id");
            assertThat(missing.body()).contains("Kod dla pomocy technicznej: " + requestId);
            assertThat(output.getOut().lines().filter(line -> line.contains("[" + requestId + "]"))
                    .filter(line -> line.contains(" 404 "))).hasSize(1);
        }
    }

    @Test
    void theApisTraceIdIsTheRequestId() {
        try (HttpVisitor visitor = HttpVisitor.of(baseUrl())) {
            HttpVisitor.Answer unauthorized = visitor.postJson("/v1/merchant/payment", "{}", "no-such-token");

            assertThat(unauthorized.status()).isEqualTo(401);
            assertThat(unauthorized.header("x-trace-id")).matches(UUID)
                    .isEqualTo(unauthorized.header("X-Request-Id"));
        }
    }
}
