package pl.bramka.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.bramka.Fixtures.TestShop;
import pl.bramka.HttpVisitor;
import pl.bramka.HttpVisitor.Answer;
import pl.bramka.IntegrationTest;

/**
 * Requests over a limit are answered 429 with Retry-After; each test connects from its own loopback address, the key
 * the panel's limits count under.
 */
class RateLimitTests extends IntegrationTest {

    @Autowired
    private RateLimitSettings settings;

    @Test
    void signInAttemptsOverTheLimitAreRefusedWithRetryAfter() {
        try (HttpVisitor visitor = HttpVisitor.from(baseUrl(), "127.0.0.71")) {
            for (int attempt = 0; attempt < settings.signIn().requests(); attempt++) {
                Answer answer = visitor.submit("/login", Map.of("email", "nobody-" + attempt + "@example.com",
                        "password", "wrong"));
                assertThat(answer.status()).as("attempt %d", attempt).isEqualTo(302);
            }

            Answer refused = visitor.submit("/login", Map.of("email", "nobody@example.com", "password", "wrong"));

            assertThat(refused.status()).isEqualTo(429);
            assertRetryAfterWithin(refused, settings.signIn().window());
            assertThat(refused.body()).contains("Zbyt wiele żądań");
        }
        try (HttpVisitor elsewhere = HttpVisitor.from(baseUrl(), "127.0.0.72")) {
            assertThat(elsewhere.submit("/login", Map.of("email", "nobody@example.com", "password", "wrong"))
                    .status()).isEqualTo(302);
        }
    }

    @Test
    void theOperatorConsolesSignInCountsUnderTheSameLimit() {
        try (HttpVisitor visitor = HttpVisitor.from(baseUrl(), "127.0.0.73")) {
            for (int attempt = 0; attempt < settings.signIn().requests(); attempt++) {
                assertThat(visitor.submit(attempt % 2 == 0 ? "/operator/login" : "/login", Map.of("email",
                        "nobody-" + attempt + "@example.com", "password", "wrong")).status())
                        .as("attempt %d", attempt).isEqualTo(302);
            }

            Answer refused = visitor.submit("/operator/login", Map.of("email", "nobody@example.com",
                    "password", "wrong"));

            assertThat(refused.status()).isEqualTo(429);
            assertRetryAfterWithin(refused, settings.signIn().window());
        }
    }

    @Test
    void passwordResetRequestsOverTheLimitAreRefused() {
        try (HttpVisitor visitor = HttpVisitor.from(baseUrl(), "127.0.0.73")) {
            for (int attempt = 0; attempt < settings.passwordReset().requests(); attempt++) {
                assertThat(visitor.submit("/password/forgot", Map.of("email", "x" + attempt + "@example.com"))
                        .status()).isNotEqualTo(429);
            }

            Answer refused = visitor.submit("/password/forgot", Map.of("email", "x@example.com"));

            assertThat(refused.status()).isEqualTo(429);
            assertRetryAfterWithin(refused, settings.passwordReset().window());
        }
    }

    @Test
    void theWindowEndsAndRequestsAreTakenAgain() {
        try (HttpVisitor visitor = HttpVisitor.from(baseUrl(), "127.0.0.74")) {
            for (int attempt = 0; attempt <= settings.signIn().requests(); attempt++) {
                visitor.submit("/login", Map.of("email", "nobody@example.com", "password", "wrong"));
            }
            assertThat(visitor.submit("/login", Map.of("email", "nobody@example.com", "password", "wrong"))
                    .status()).isEqualTo(429);

            clock.advance(settings.signIn().window());

            assertThat(visitor.submit("/login", Map.of("email", "nobody@example.com", "password", "wrong"))
                    .status()).isEqualTo(302);
        }
    }

    @Test
    void apiCallsOverTheTokensLimitGetImojesErrorBodyWith429() {
        TestShop shop = fixtures.shopOf(fixtures.merchantWithAllRoles());
        String path = "/v1/merchant/" + shop.merchantPublicId() + "/service/" + shop.serviceId();
        try (HttpVisitor visitor = HttpVisitor.from(baseUrl(), "127.0.0.75")
                .header("Authorization", "Bearer " + shop.apiToken()).header("Accept", "application/json")) {
            for (int call = 0; call < settings.apiPerToken().requests(); call++) {
                assertThat(visitor.get(path).status()).as("call %d", call).isNotEqualTo(429);
            }

            Answer refused = visitor.get(path);

            assertThat(refused.status()).isEqualTo(429);
            assertRetryAfterWithin(refused, settings.apiPerToken().window());
            assertThat(refused.header("Content-Type")).startsWith("application/json");
            assertThat(refused.body()).startsWith(
                    "{\"apiErrorResponse\":{\"code\":\"REQUEST-ERROR-000429\",\"message\":\"Too many requests");
        }
        try (HttpVisitor otherToken = HttpVisitor.from(baseUrl(), "127.0.0.75")
                .header("Authorization", "Bearer another-token")) {
            assertThat(otherToken.get(path).status()).as("another token, same address").isEqualTo(401);
        }
    }

    @Test
    void apiCallsOverTheAddressLimitAreRefusedWhateverTokenTheyCarry() {
        String path = "/v1/merchant/nobody/service/none";
        try (HttpVisitor visitor = HttpVisitor.from(baseUrl(), "127.0.0.76")) {
            for (int call = 0; call < settings.apiPerAddress().requests(); call++) {
                visitor.header("Authorization", "Bearer token-" + call);
                assertThat(visitor.get(path).status()).as("call %d", call).isEqualTo(401);
            }
            visitor.header("Authorization", "Bearer yet-another-token");

            Answer refused = visitor.get(path);

            assertThat(refused.status()).isEqualTo(429);
            assertRetryAfterWithin(refused, settings.apiPerAddress().window());
        }
    }

    private static void assertRetryAfterWithin(Answer refused, Duration window) {
        assertThat(refused.header("Retry-After")).isNotNull();
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, window.toSeconds());
    }
}
