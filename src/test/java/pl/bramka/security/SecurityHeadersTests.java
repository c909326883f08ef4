package pl.bramka.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import pl.bramka.Fixtures;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.Fixtures.TestShop;
import pl.bramka.HttpVisitor;
import pl.bramka.HttpVisitor.Answer;
import pl.bramka.IntegrationTest;
import pl.bramka.user.Role;

/** The headers every response carries, and what error answers never show. */
class SecurityHeadersTests extends IntegrationTest {

    private static final String SQL_PROBE = "SQL-PROBE";
    /** What the database says when the probe fails a statement; no answer may show it. */
    private static final String FAILURE_MESSAGE = "PROBE-FAILURE";

    @Test
    void everyPageCarriesAPolicyWithoutInlineScriptAndRefusesToBeFramed() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        TestShop shop = fixtures.shopOf(merchant);
        try (HttpVisitor visitor = HttpVisitor.of(baseUrl())) {
            for (String page : List.of("/login", "/password/forgot", "/no/such/page")) {
                assertPanelHeaders(page, visitor.get(page));
            }
            visitor.signIn(merchant.email(Role.REPRESENTATIVE), Fixtures.PASSWORD);
            for (String page : List.of("/dashboard", "/transactions", "/shops", "/shops/" + shop.serviceId() + "/data",
                    "/shops/" + shop.serviceId() + "/integration", "/shops/" + shop.serviceId() + "/branding",
                    "/payment-methods", "/users", "/profile", "/profile/password", "/contact")) {
                Answer answer = visitor.get(page);
                assertThat(answer.status()).as(page).isEqualTo(200);
                assertPanelHeaders(page, answer);
            }
            Answer api = visitor.get("/v1/merchant/" + shop.merchantPublicId() + "/transaction/none");
            assertPanelHeaders("API", api);
        }
    }

    @Test
    void onlyTheBrandingPreviewMayBeFramedAndOnlyByThePanel() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        TestShop shop = fixtures.shopOf(merchant);
        try (HttpVisitor visitor = HttpVisitor.of(baseUrl())) {
            visitor.signIn(merchant.email(Role.REPRESENTATIVE), Fixtures.PASSWORD);

            Answer preview = visitor.get("/shops/" + shop.serviceId() + "/branding/preview");

            assertThat(preview.status()).isEqualTo(200);
            assertThat(preview.header("Content-Security-Policy")).contains("frame-ancestors 'self'")
                    .contains("form-action 'none'").doesNotContain("unsafe-inline");
            assertThat(preview.header("X-Frame-Options")).isEqualTo("SAMEORIGIN");
        }
    }

    @Test
    void hstsIsSentOnlyForConnectionsThatCameOverTls() {
        try (HttpVisitor direct = HttpVisitor.of(baseUrl());
                HttpVisitor behindTls = HttpVisitor.from(baseUrl(), "127.0.0.2")
                        .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.9")) {
            assertThat(direct.get("/login").header("Strict-Transport-Security")).isNull();
            assertThat(behindTls.get("/login").header("Strict-Transport-Security"))
                    .isEqualTo("max-age=31536000; includeSubDomains");
        }
    }

    @Test
    void aFailingPageShowsNeitherStackTraceNorSql() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        String email = merchant.email(Role.FINANCE_PASSIVE);
        failOnWrite("user_account", "new.first_name = '" + SQL_PROBE + "'");
        try (HttpVisitor visitor = HttpVisitor.of(baseUrl())) {
            visitor.signIn(email, Fixtures.PASSWORD);

            Answer failed = visitor.submit("/profile", Map.of("firstName", SQL_PROBE, "lastName", "Nowak",
                    "language", "pl", "ordersView", "TRANSACTIONS"));

            assertThat(failed.status()).isEqualTo(500);
            assertRevealsNothing(failed);
            assertThat(failed.body()).contains("Coś poszło nie tak");
            assertPanelHeaders("500", failed);
        }
        finally {
            stopFailing("user_account");
        }
    }

    @Test
    void aFailingApiCallAnswersImojesErrorBodyWithoutStackTraceOrSql() {
        TestShop shop = fixtures.shopOf(fixtures.merchantWithAllRoles());
        failOnWrite("payment", "new.title = '" + SQL_PROBE + "'");
        try (HttpVisitor visitor = HttpVisitor.of(baseUrl())) {
            Answer failed = visitor.postJson("/v1/merchant/" + shop.merchantPublicId() + "/transaction", """
                    {"type":"sale","serviceId":"%s","amount":100,"currency":"PLN","orderId":"o-1","title":"%s",
                    "paymentMethod":"blik","paymentMethodCode":"blik","blikCode":"777123",
                    "successReturnUrl":"https://shop.example.com/ok","failureReturnUrl":"https://shop.example.com/no",
                    "clientIp":"203.0.113.7","notificationUrl":"https://shop.example.com/notify",
                    "customer":{"firstName":"Jan","lastName":"Kowalski","email":"jan@example.com"}}"""
                    .formatted(shop.serviceId(), SQL_PROBE), shop.apiToken());

            assertThat(failed.status()).as(failed.body()).isEqualTo(500);
            assertThat(failed.body()).startsWith("{\"apiErrorResponse\":{\"code\":\"SERVER-ERROR-000500\"");
            assertRevealsNothing(failed);
        }
        finally {
            stopFailing("payment");
        }
    }

    @Test
    void oversizedFormPostsAndHeadersAreRefusedWithoutDetails() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        try (HttpVisitor visitor = HttpVisitor.of(baseUrl())) {
            Answer hugeForm = visitor.submit("/login", Map.of("email", merchant.email(Role.REPRESENTATIVE),
                    "password", Fixtures.PASSWORD, "padding", "x".repeat(300 * 1024)));
            assertThat(hugeForm.status()).isEqualTo(413);
            assertThat(hugeForm.body()).doesNotContain("Tomcat", "Exception", "at org.");
            assertThat(visitor.get("/dashboard").status()).as("not signed in").isEqualTo(302);
        }
        try (HttpVisitor visitor = HttpVisitor.of(baseUrl()).header("X-Padding", "x".repeat(20 * 1024))) {
            Answer hugeHeaders = visitor.get("/login");
            assertThat(hugeHeaders.status()).isEqualTo(400);
            assertThat(hugeHeaders.body()).doesNotContain("Tomcat", "Exception", "at org.");
        }
    }

    private static void assertPanelHeaders(String page, Answer answer) {
        assertThat(answer.header("Content-Security-Policy")).as(page)
                .startsWith(SecurityHeaders.POLICY).contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval", "*");
        assertThat(answer.header("X-Frame-Options")).as(page).isEqualTo("DENY");
        assertThat(answer.header("Referrer-Policy")).as(page).isEqualTo("strict-origin-when-cross-origin");
        assertThat(answer.header("Permissions-Policy")).as(page).contains("camera=()", "payment=()");
        assertThat(answer.header("X-Content-Type-Options")).as(page).isEqualTo("nosniff");
    }

    private static void assertRevealsNothing(Answer answer) {
        assertThat(answer.body()).doesNotContain(FAILURE_MESSAGE, "secret_table", "Exception", "at pl.bramka",
                "org.springframework",
                "insert into", "update ", "PSQL", "Tomcat");
    }

    /** A trigger that fails the statement, as a broken database would, with SQL in its message. */
    private void failOnWrite(String table, String condition) {
        jdbc.sql("""
                create or replace function fail_probe() returns trigger language plpgsql as $$
                begin raise exception 'PROBE-FAILURE: insert into secret_table values (1)'; end $$""").update();
        jdbc.sql("create trigger fail_probe before insert or update on " + table + " for each row when ("
                + condition + ") execute function fail_probe()").update();
    }

    private void stopFailing(String table) {
        jdbc.sql("drop trigger if exists fail_probe on " + table).update();
    }
}
