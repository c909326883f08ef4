package pl.bramka.security;

import static pl.bramka.security.Access.api;
import static pl.bramka.security.Access.management;
import static pl.bramka.security.Access.open;
import static pl.bramka.security.Access.operator;
import static pl.bramka.security.Access.payer;
import static pl.bramka.security.Access.requires;
import static pl.bramka.security.Access.signedIn;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import pl.bramka.user.Permission;

/**
 * Every route of the application and what it requires, in one table. The security filter chain is built from it
 * and denies anything not listed; {@code RouteAccessTests} fails for any registered route the table does not cover.
 * First match wins, so specific rules come before general ones; a rule without a method covers every method.
 */
public final class AccessPolicy {

    /** One line of the table. */
    record Rule(@Nullable HttpMethod method, String pattern, Access access) {

        boolean matches(HttpMethod requestMethod, PathContainer path) {
            return (method == null || method.equals(requestMethod)) && PARSER.parse(pattern).matches(path);
        }
    }

    private static final PathPatternParser PARSER = PathPatternParser.defaultInstance;
    private static final List<Rule> RULES = new ArrayList<>();

    static {
        // Sign-in and account recovery
        any("/login", open());
        any("/login/code", open());
        any("/logout", open());
        any("/password/forgot", open());
        any("/password/reset/{token}", open());
        any("/invitation/{token}", open());
        // Demo-mode developer pages (the beans exist only in demo mode)
        any("/dev/mail", open());
        // Static resources, errors and health
        any("/webjars/**", open());
        any("/css/**", open());
        any("/js/**", open());
        any("/favicon.ico", open());
        get("/payment-methods/{code}.svg", open());
        any("/error", open());
        any("/actuator/health", open());
        any("/actuator/health/liveness", open());
        any("/actuator/health/readiness", open());
        // The rest of the actuator (metrics, Prometheus): only from bramka.management.allowed-networks
        any("/actuator/**", management());
        // The integration API (bearer tokens) and its description
        any("/v1/merchant/**", api());
        get("/v3/api-docs", open());
        get("/v3/api-docs.yaml", open());
        get("/v3/api-docs/**", open());
        get("/swagger-ui/**", open());
        get("/swagger-ui.html", open());
        // The paywall form shops post, and the pages payers use
        any("/payment", payer());
        any("/{lang}/payment", payer());
        any("/pay/**", payer());
        // Panel
        any("/", signedIn());
        any("/profile/**", signedIn());
        any("/contact/**", signedIn());
        any("/users/**", requires(Permission.MANAGE_USERS));
        get("/dashboard", requires(Permission.VIEW_PAYMENTS));
        // Shops
        get("/shops", requires(Permission.VIEW_SHOPS));
        any("/shops/new", requires(Permission.MANAGE_SHOPS));
        get("/shops/{serviceId}", requires(Permission.VIEW_SHOPS));
        get("/shops/{serviceId}/data", requires(Permission.VIEW_SHOPS));
        any("/shops/{serviceId}/data/**", requires(Permission.MANAGE_SHOPS));
        any("/shops/{serviceId}/integration/emails", requires(Permission.MANAGE_NOTIFICATION_EMAILS));
        // Copies of notifications carry amounts to whatever URL the integration names: only for users who see them
        any("/shops/{serviceId}/integration/notifications/{notificationId}/resend",
                requires(Permission.MANAGE_INTEGRATION, Permission.VIEW_PAYMENTS));
        any("/shops/{serviceId}/integration/notifications/replay/**",
                requires(Permission.MANAGE_INTEGRATION, Permission.VIEW_PAYMENTS));
        any("/shops/{serviceId}/integration/**", requires(Permission.MANAGE_INTEGRATION));
        any("/shops/{serviceId}/methods/{code}/enable", requires(Permission.MANAGE_PAYMENT_METHODS));
        any("/shops/{serviceId}/methods/{code}/disable", requires(Permission.MANAGE_PAYMENT_METHODS));
        get("/shops/{serviceId}/methods/**", requires(Permission.VIEW_PAYMENT_METHODS));
        any("/shops/{serviceId}/methods/**", requires(Permission.MANAGE_PAYMENT_METHODS));
        any("/shops/{serviceId}/branding/**", requires(Permission.MANAGE_BRANDING));
        get("/payment-methods", requires(Permission.VIEW_PAYMENT_METHODS));
        // Transactions, orders and refunds
        any("/transactions/{id}/refund/**", requires(Permission.REFUND));
        any("/transactions/{id}/refund-requests/**", requires(Permission.REFUND));
        get("/transactions", requires(Permission.VIEW_PAYMENTS));
        get("/transactions/{id}", requires(Permission.VIEW_PAYMENTS));
        get("/orders/**", requires(Permission.VIEW_PAYMENTS));
        any("/settings/refunds", requires(Permission.MANAGE_REFUND_RULES));
        // The operator console: its own sign-in page, then operators only (its own filter chain serves it)
        any("/operator/login", open());
        any("/operator/**", operator());
        // KSeF settings, Representative only: before the /invoices rules, as the first match wins
        any("/invoices/ksef/**", requires(Permission.MANAGE_KSEF));
        // Payouts
        get("/payouts", requires(Permission.VIEW_REPORTS));
        get("/payouts/{id}", requires(Permission.VIEW_REPORTS));
        // Reports generated in the background: the list, a file's download and its deletion
        get("/reports/generated", requires(Permission.VIEW_REPORTS));
        any("/reports/generated/**", requires(Permission.VIEW_REPORTS));
        // Payment links: the panel's pages, and each link's page for its payers
        any("/payment-links/new", requires(Permission.MANAGE_PAYMENT_LINKS));
        any("/payment-links/{id}/deactivate", requires(Permission.MANAGE_PAYMENT_LINKS));
        get("/payment-links", requires(Permission.VIEW_PAYMENT_LINKS));
        get("/payment-links/{id}", requires(Permission.VIEW_PAYMENT_LINKS));
        get("/payment-links/{id}/qr.png", requires(Permission.VIEW_PAYMENT_LINKS));
        get("/payment-links/{id}/qr.svg", requires(Permission.VIEW_PAYMENT_LINKS));
        any("/l/{code}", payer());
        // Scheduled reports: the list, the form, a schedule's page and history, its actions and its runs' files
        any("/reports/scheduled", requires(Permission.VIEW_REPORTS));
        any("/reports/scheduled/**", requires(Permission.VIEW_REPORTS));
        // Reports: the list, the form, the files and the payout report
        get("/reports", requires(Permission.VIEW_REPORTS));
        get("/reports/**", requires(Permission.VIEW_REPORTS));
        // Audit log
        get("/audit/**", requires(Permission.VIEW_AUDIT));
        // Invoices: amounts and buyers, so the roles that see reports; resending and retrying change nothing else.
        // After the KSeF rule, so /invoices/ksef is never read as an invoice id.
        get("/invoices", requires(Permission.VIEW_REPORTS));
        get("/invoices/{id}", requires(Permission.VIEW_REPORTS));
        get("/invoices/{id}/upo.xml", requires(Permission.VIEW_REPORTS));
        any("/invoices/{id}/resend", requires(Permission.VIEW_REPORTS));
        any("/invoices/{id}/retry", requires(Permission.VIEW_REPORTS));
    }

    private AccessPolicy() {
    }

    private static void any(String pattern, Access access) {
        RULES.add(new Rule(null, pattern, access));
    }

    private static void get(String pattern, Access access) {
        RULES.add(new Rule(HttpMethod.GET, pattern, access));
    }

    /** The rules in order. */
    static List<Rule> rules() {
        return RULES;
    }

    /** Path patterns of every rule of this kind, for parts of the security configuration that differ by kind. */
    static List<String> patternsOf(Access.Kind kind) {
        return RULES.stream().filter(rule -> rule.access().kind() == kind).map(Rule::pattern).distinct().toList();
    }

    /** What a request requires; empty when no rule covers it (such a request is denied). */
    public static Optional<Access> accessFor(HttpMethod method, String path) {
        PathContainer container = PathContainer.parsePath(path);
        return RULES.stream().filter(rule -> rule.matches(method, container)).map(Rule::access).findFirst();
    }
}
