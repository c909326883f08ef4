package pl.bramka.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.bramka.Fixtures;
import pl.bramka.HttpVisitor;
import pl.bramka.HttpVisitor.Answer;
import pl.bramka.IntegrationTest;
import pl.bramka.user.AccountThrottle;
import pl.bramka.user.Role;
import pl.bramka.user.SignedInUser;
import pl.bramka.user.Totp;
import pl.bramka.user.TwoFactor;

/** The code step of sign-in over plain HTTP: nothing is signed in before it, wrong codes lock, it expires. */
class SecondFactorSignInTests extends IntegrationTest {

    @Autowired
    TwoFactor twoFactor;

    String email;
    Totp authenticator;

    @BeforeEach
    void userWithTwoFactor() {
        email = fixtures.merchantWithAllRoles().email(Role.REPRESENTATIVE);
        SignedInUser user = fixtures.signedIn(email);
        authenticator = new Totp(twoFactor.startEnrolment(user).orElseThrow().seed());
        twoFactor.confirmEnrolment(user, authenticator.nextCode(clock.instant())).orElseThrow();
    }

    @Test
    void thePasswordAloneSignsNothingInAndFiveWrongCodesLockEvenTheRightOne() {
        try (HttpVisitor visitor = HttpVisitor.from(baseUrl(), "127.0.0.81")) {
            Answer password = visitor.signIn(email, Fixtures.PASSWORD);
            assertThat(password.location()).endsWith("/login/code");
            assertThat(visitor.get("/users").location()).endsWith("/login");

            visitor.signIn(email, Fixtures.PASSWORD);
            for (int attempt = 0; attempt < AccountThrottle.MAX_FAILURES; attempt++) {
                Answer wrong = visitor.submit("/login/code", Map.of("code", "00000" + attempt));
                assertThat(wrong.status()).isEqualTo(200);
                assertThat(wrong.body()).contains("Kod jest nieprawidłowy albo został już użyty.");
            }

            Answer locked = visitor.submit("/login/code", Map.of("code", authenticator.nextCode(clock.instant())));

            assertThat(locked.status()).isEqualTo(200);
            assertThat(locked.body()).contains("Zbyt wiele nieudanych prób");
            assertThat(visitor.get("/users").location()).endsWith("/login");
        }
    }

    @Test
    void theCodeMustFollowThePasswordWithinFiveMinutes() {
        try (HttpVisitor visitor = HttpVisitor.from(baseUrl(), "127.0.0.82")) {
            visitor.signIn(email, Fixtures.PASSWORD);
            visitor.get("/login/code");
            clock.advance(SecondFactorController.CODE_WAIT.plus(Duration.ofSeconds(1)));

            // The CSRF token from the sign-in page: the code page itself now sends the visitor back there
            Answer late = visitor.submit("/login", "/login/code",
                    Map.of("code", authenticator.nextCode(clock.instant())));

            assertThat(late.location()).endsWith("/login?codeExpired");
            assertThat(visitor.get("/users").location()).endsWith("/login");
        }
    }

    @Test
    void theRightCodeSignsInAndTheSessionIdChanges() {
        try (HttpVisitor visitor = HttpVisitor.from(baseUrl(), "127.0.0.83")) {
            visitor.signIn(email, Fixtures.PASSWORD);

            Answer signedIn = visitor.submit("/login/code", Map.of("code", authenticator.nextCode(clock.instant())));

            assertThat(signedIn.status()).isEqualTo(302);
            assertThat(signedIn.header("Set-Cookie")).contains("SESSION=");
            assertThat(visitor.get("/users").status()).isEqualTo(200);
        }
    }
}
