package pl.bramka.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;
import pl.bramka.Fixtures;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.Fixtures.TestShop;
import pl.bramka.HttpVisitor;
import pl.bramka.HttpVisitor.Answer;
import pl.bramka.IntegrationTest;
import pl.bramka.user.AccountThrottle;
import pl.bramka.user.Role;

/**
 * The console over plain HTTP: its sign-in and the panel's never accept each other's accounts or sessions, bad
 * input writes nothing, and an operator's action takes effect, is recorded and is published.
 */
@RecordApplicationEvents
class OperatorConsoleTests extends IntegrationTest {

    private static final String PASSWORD = "operator passphrase 42";

    @Autowired
    OperatorAccounts operators;

    @Autowired
    OperatorActions actions;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEvents events;

    String operatorEmail;

    @BeforeEach
    void operator() {
        operatorEmail = "operator-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        operators.create(operatorEmail, "Operator", PASSWORD);
    }

    @Test
    void operatorsAndMerchantUsersNeverCrossIntoTheOtherSide() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        try (HttpVisitor operator = HttpVisitor.of(baseUrl()); HttpVisitor representative = HttpVisitor.of(baseUrl())) {
            assertThat(signInToConsole(operator, operatorEmail, PASSWORD).location()).endsWith("/operator/merchants");
            assertThat(operator.get("/operator/merchants").status()).isEqualTo(200);
            assertThat(operator.get("/dashboard").location()).as("the panel").endsWith("/login");
            assertThat(operator.get("/").location()).endsWith("/login");

            representative.signIn(merchant.email(Role.REPRESENTATIVE), Fixtures.PASSWORD);
            assertThat(representative.get("/dashboard").status()).isEqualTo(200);
            assertThat(representative.get("/operator/merchants").location()).endsWith("/operator/login");
            assertThat(signInToConsole(representative, merchant.email(Role.REPRESENTATIVE), Fixtures.PASSWORD)
                    .location()).endsWith("/operator/login?error");
            assertThat(representative.get("/operator/merchants").location()).endsWith("/operator/login");
        }
        try (HttpVisitor operatorInThePanel = HttpVisitor.of(baseUrl())) {
            assertThat(operatorInThePanel.signIn(operatorEmail, PASSWORD).location()).endsWith("/login?error");
        }
    }

    @Test
    void guessingAnOperatorsPasswordLocksTheConsoleSignInAsThePanelsIs() {
        try (HttpVisitor guesser = HttpVisitor.of(baseUrl())) {
            for (int guess = 0; guess < AccountThrottle.MAX_FAILURES; guess++) {
                assertThat(signInToConsole(guesser, operatorEmail, "guess " + guess).location())
                        .endsWith("/operator/login?error");
            }
            assertThat(signInToConsole(guesser, operatorEmail, PASSWORD).location()).as("locked")
                    .endsWith("/operator/login?error");
        }
    }

    @Test
    void onboardingWithAWrongNipWritesNothing() {
        int merchantsBefore = jdbc.sql("select count(*) from merchant").query(Integer.class).single();
        try (HttpVisitor operator = HttpVisitor.of(baseUrl())) {
            signInToConsole(operator, operatorEmail, PASSWORD);
            Answer refused = operator.submit("/operator/merchants/new", Map.of("companyName", "Firma sp. z o.o.",
                    "nip", "123-456-32-19", "regon", "12345", "address", "ul. Polna 1, 00-001 Warszawa",
                    "firstName", "Jan", "lastName", "Nowak", "email", "jan@firma.example.com"));

            assertThat(refused.status()).isEqualTo(200);
            assertThat(refused.body()).contains("id=\"nip-error\"", "id=\"regon-error\"");
        }
        assertThat(jdbc.sql("select count(*) from merchant").query(Integer.class).single()).isEqualTo(merchantsBefore);
        assertThat(jdbc.sql("select count(*) from user_account where email = 'jan@firma.example.com'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aBlockedShopAnswersAsAnInactiveServiceItsPanelSaysWhyAndTheActionIsRecorded() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        TestShop shop = fixtures.shopOf(merchant);
        try (HttpVisitor operator = HttpVisitor.of(baseUrl())) {
            signInToConsole(operator, operatorEmail, PASSWORD);
            Answer blocked = operator.submit("/operator/shops/" + shop.serviceId() + "/block",
                    Map.of("reason", "Brak umowy"));
            assertThat(blocked.location()).endsWith("/operator/merchants/" + merchant.id());
        }
        try (HttpVisitor api = HttpVisitor.of(baseUrl()).header("Authorization", "Bearer " + shop.apiToken())) {
            Answer service = api.get("/v1/merchant/" + shop.merchantPublicId() + "/service/" + shop.serviceId());
            assertThat(service.body()).contains("\"isActive\":false");
        }
        try (HttpVisitor representative = HttpVisitor.of(baseUrl())) {
            representative.signIn(merchant.email(Role.REPRESENTATIVE), Fixtures.PASSWORD);
            assertThat(representative.get("/shops/" + shop.serviceId() + "/data").body()).contains("Brak umowy");
        }
        assertThat(jdbc.sql("""
                select count(*) from operator_action a join operator_account o on o.id = a.operator_id
                where o.email = ? and a.action = 'shop.blocked' and a.subject = ?""")
                .params(operatorEmail, shop.serviceId().toString()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aBlockedMerchantsShopsTakeNoPaymentsUntilItIsUnblocked() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        TestShop shop = fixtures.shopOf(merchant);
        try (HttpVisitor operator = HttpVisitor.of(baseUrl());
                HttpVisitor api = HttpVisitor.of(baseUrl()).header("Authorization", "Bearer " + shop.apiToken())) {
            signInToConsole(operator, operatorEmail, PASSWORD);
            String service = "/v1/merchant/" + shop.merchantPublicId() + "/service/" + shop.serviceId();
            operator.submit("/operator/merchants/" + merchant.id() + "/block", Map.of("reason", "Zaległe opłaty"));
            assertThat(api.get(service).body()).contains("\"isActive\":false");

            operator.submit("/operator/merchants/" + merchant.id(), "/operator/merchants/" + merchant.id()
                    + "/unblock", Map.of());
            assertThat(api.get(service).body()).contains("\"isActive\":true");
        }
    }

    @Test
    void aBlockedMerchantsUsersAreSignedOutAndCannotSignInUntilItIsUnblocked() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        String email = merchant.email(Role.REPRESENTATIVE);
        try (HttpVisitor operator = HttpVisitor.of(baseUrl()); HttpVisitor signedInBefore = HttpVisitor.of(baseUrl());
                HttpVisitor signingIn = HttpVisitor.of(baseUrl()); HttpVisitor guesser = HttpVisitor.of(baseUrl())) {
            signedInBefore.signIn(email, Fixtures.PASSWORD);
            assertThat(signedInBefore.get("/dashboard").status()).isEqualTo(200);
            signInToConsole(operator, operatorEmail, PASSWORD);
            operator.submit("/operator/merchants/" + merchant.id() + "/block", Map.of("reason", "Zaległe opłaty"));

            assertThat(signedInBefore.get("/dashboard").location()).as("the session open at the block")
                    .endsWith("/login");
            assertThat(signingIn.signIn(email, Fixtures.PASSWORD).location()).endsWith("/login?error");
            assertThat(signingIn.get("/login").body()).contains("zablokowane przez operatora")
                    .doesNotContain("Zaległe opłaty");
            assertThat(signingIn.get("/dashboard").location()).endsWith("/login");
            assertThat(guesser.signIn(email, "not the password").location()).endsWith("/login?error");
            assertThat(guesser.get("/login").body()).as("told only with the right password")
                    .doesNotContain("zablokowane");

            operator.submit("/operator/merchants/" + merchant.id(), "/operator/merchants/" + merchant.id()
                    + "/unblock", Map.of());
            assertThat(signingIn.signIn(email, Fixtures.PASSWORD).location()).doesNotContain("/login");
            assertThat(signingIn.get("/dashboard").status()).isEqualTo(200);
        }
    }

    @Test
    void signingOutOfOneSideOfASharedBrowserSessionLeavesTheOtherSignedIn() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        try (HttpVisitor browser = HttpVisitor.of(baseUrl())) {
            browser.signIn(merchant.email(Role.REPRESENTATIVE), Fixtures.PASSWORD);
            signInToConsole(browser, operatorEmail, PASSWORD);
            assertThat(browser.get("/dashboard").status()).isEqualTo(200);
            assertThat(browser.get("/operator/merchants").status()).isEqualTo(200);

            assertThat(browser.submit("/operator/merchants", "/operator/logout", Map.of()).location())
                    .endsWith("/operator/login?logout");
            assertThat(browser.get("/operator/merchants").location()).endsWith("/operator/login");
            assertThat(browser.get("/dashboard").status()).as("the merchant user").isEqualTo(200);

            signInToConsole(browser, operatorEmail, PASSWORD);
            assertThat(browser.submit("/dashboard", "/logout", Map.of()).location()).endsWith("/login?logout");
            assertThat(browser.get("/dashboard").location()).endsWith("/login");
            assertThat(browser.get("/operator/merchants").status()).as("the operator").isEqualTo(200);

            browser.submit("/operator/merchants", "/operator/logout", Map.of());
            assertThat(browser.get("/operator/merchants").location()).endsWith("/operator/login");
        }
    }

    @Test
    void everyRecordedActionIsPublishedForTheAuditLog() {
        OperatorPrincipal operator = (OperatorPrincipal) operators.signInLookup(operatorEmail);
        UUID merchantId = fixtures.merchantWithAllRoles().id();

        transactions.executeWithoutResult(status -> actions.record(operator, "merchant.blocked", merchantId, "Test"));

        assertThat(events.stream(OperatorActionTaken.class)).singleElement().satisfies(action -> {
            assertThat(action.operatorId()).isEqualTo(operator.id());
            assertThat(action.operatorEmail()).isEqualTo(operatorEmail);
            assertThat(action.action()).isEqualTo("merchant.blocked");
            assertThat(action.subject()).isEqualTo(merchantId.toString());
            assertThat(action.details()).isEqualTo("Test");
        });
    }

    private static Answer signInToConsole(HttpVisitor visitor, String email, String password) {
        return visitor.submit("/operator/login", Map.of("email", email, "password", password));
    }
}
