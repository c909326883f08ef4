package pl.bramka.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.IntegrationTest;
import pl.bramka.operator.OperatorAccounts;
import pl.bramka.user.Permission;
import pl.bramka.user.Role;
import pl.bramka.user.SignedInUser;

/**
 * Every registered route, requested anonymously and as each of the four roles, gets what the access policy and the
 * roles matrix say: a route nobody classified fails this test (and is denied at run time). Console routes are also
 * requested by a signed-in operator, and refused to every merchant role.
 */
class RouteAccessTests extends IntegrationTest {

    record Route(HttpMethod method, String pattern) implements Comparable<Route> {

        String samplePath() {
            return pattern.replaceAll("\\{[^}]*[iI]d}", UUID.randomUUID().toString())
                    .replaceAll("\\{[^}]*}", "sample");
        }

        @Override
        public int compareTo(Route other) {
            return (pattern + method).compareTo(other.pattern + other.method);
        }
    }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    private static final String OPERATOR_PASSWORD = "operator password 123";

    @Autowired
    MockMvc mvc;

    @Autowired
    OperatorAccounts operators;

    TestMerchant merchant;
    Cookie operatorSession;

    @BeforeEach
    void merchant() {
        merchant = fixtures.merchantWithAllRoles();
    }

    @Test
    void everyRegisteredRouteIsClassified() {
        assertThat(unclassified(registeredRoutes())).as("routes missing from AccessPolicy").isEmpty();
    }

    @Test
    void theCheckReportsARouteThatNobodyClassified() {
        Route added = new Route(HttpMethod.GET, "/brand-new-section/{id}");
        assertThat(unclassified(List.of(added))).containsExactly(added);
    }

    @Test
    void everyRouteAnswersEachPrincipalAsThePolicySays() throws Exception {
        List<String> mismatches = new ArrayList<>();
        for (Route route : registeredRoutes()) {
            Access access = AccessPolicy.accessFor(route.method(), route.samplePath()).orElseThrow();
            MockHttpServletResponse anonymous = perform(route, null);
            if (access.kind() == Access.Kind.API) {
                // The API knows only bearer tokens: without one, anonymous and panel users alike get 401.
                if (anonymous.getStatus() != 401) {
                    mismatches.add(route + " without a token → " + anonymous.getStatus() + " (expected 401)");
                }
                continue;
            }
            if (access.kind() == Access.Kind.OPERATOR) {
                mismatches.addAll(operatorMismatches(route, anonymous));
                continue;
            }
            boolean open = access.kind() == Access.Kind.PUBLIC || access.kind() == Access.Kind.PAYER;
            if (!open && !isSignInRedirect(anonymous)) {
                mismatches.add(route + " anonymous → " + anonymous.getStatus() + " (expected sign-in redirect)");
            }
            if (open && (isDenied(anonymous) || isSignInRedirect(anonymous))) {
                mismatches.add(route + " anonymous → " + anonymous.getStatus() + " (expected public access)");
            }
            for (Role role : Role.values()) {
                boolean allowed = access.kind() != Access.Kind.PERMISSION || access.grants(role);
                MockHttpServletResponse response = perform(route, fixtures.signedIn(merchant.email(role)));
                if (allowed == (isDenied(response) || isSignInRedirect(response))) {
                    mismatches.add(route + " " + role + " → " + response.getStatus() + " (expected "
                            + (allowed ? "access" : "403") + ")");
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void contactTwoFactorAndSessionsAreForEverySignedInRoleAndTheCodeStepForAnyone() {
        for (String path : List.of("/contact", "/profile/two-factor", "/profile/two-factor/disable",
                "/profile/two-factor/recovery-codes", "/profile/sessions/sign-out-others", "/profile/sessions/abc/sign-out")) {
            assertThat(AccessPolicy.accessFor(HttpMethod.POST, path)).as(path).hasValueSatisfying(access -> {
                assertThat(access.kind()).isEqualTo(Access.Kind.SIGNED_IN);
                assertThat(Role.values()).allMatch(access::grants);
            });
        }
        assertThat(AccessPolicy.accessFor(HttpMethod.POST, "/login/code")).map(Access::kind)
                .hasValue(Access.Kind.PUBLIC);
        assertThat(AccessPolicy.accessFor(HttpMethod.POST, "/users/two-factor")).map(Access::permissions)
                .hasValue(List.of(Permission.MANAGE_USERS));
    }

    @Test
    void generatedReportsAreForTheRolesThatSeeReportsAndNotForTechnical() {
        String id = UUID.randomUUID().toString();
        for (Route route : List.of(new Route(HttpMethod.GET, "/reports/generated"),
                new Route(HttpMethod.GET, "/reports/generated/" + id),
                new Route(HttpMethod.GET, "/reports/generated/" + id + "/delete"),
                new Route(HttpMethod.POST, "/reports/generated/" + id + "/delete"))) {
            assertThat(AccessPolicy.accessFor(route.method(), route.pattern())).as("%s", route)
                    .hasValueSatisfying(access -> {
                        assertThat(access.permissions()).containsExactly(Permission.VIEW_REPORTS);
                        assertThat(access.grants(Role.REPRESENTATIVE)).isTrue();
                        assertThat(access.grants(Role.FINANCE_ACTIVE)).isTrue();
                        assertThat(access.grants(Role.FINANCE_PASSIVE)).isTrue();
                        assertThat(access.grants(Role.TECHNICAL)).isFalse();
                    });
        }
    }

    @Test
    void scheduledReportsAreManagedByTheRolesThatSeeReportsAndNotByTechnical() {
        String id = UUID.randomUUID().toString();
        List<Route> routes = new ArrayList<>(List.of(new Route(HttpMethod.GET, "/reports/scheduled"),
                new Route(HttpMethod.GET, "/reports/scheduled/new"), new Route(HttpMethod.POST, "/reports/scheduled"),
                new Route(HttpMethod.GET, "/reports/scheduled/" + id),
                new Route(HttpMethod.POST, "/reports/scheduled/" + id),
                new Route(HttpMethod.GET, "/reports/scheduled/" + id + "/edit"),
                new Route(HttpMethod.GET, "/reports/scheduled/" + id + "/delete"),
                new Route(HttpMethod.GET, "/reports/scheduled/" + id + "/runs/" + id + "/file")));
        for (String action : List.of("pause", "resume", "run", "take-over", "delete")) {
            routes.add(new Route(HttpMethod.POST, "/reports/scheduled/" + id + "/" + action));
        }
        for (Route route : routes) {
            Access access = AccessPolicy.accessFor(route.method(), route.pattern()).orElseThrow();
            assertThat(access.permissions()).as("%s", route).containsExactly(Permission.VIEW_REPORTS);
            assertThat(Role.values()).as("%s", route).filteredOn(access::grants)
                    .containsExactlyInAnyOrder(Role.REPRESENTATIVE, Role.FINANCE_ACTIVE, Role.FINANCE_PASSIVE);
        }
    }

    @Test
    void reportsAreForRepresentativesAndBothFinanceRolesAndNeverForTechnical() {
        for (String path : List.of("/reports", "/reports/new", "/reports/download", "/reports/payouts",
                "/reports/generated")) {
            Access access = AccessPolicy.accessFor(HttpMethod.GET, path).orElseThrow();
            assertThat(Role.values()).as(path).filteredOn(access::grants)
                    .containsExactlyInAnyOrder(Role.REPRESENTATIVE, Role.FINANCE_ACTIVE, Role.FINANCE_PASSIVE);
        }
    }

    @Test
    void invoicesAreForTheRepresentativeAndBothFinanceRolesNeverForTechnical() {
        List<Route> invoiceRoutes = List.of(new Route(HttpMethod.GET, "/invoices"),
                new Route(HttpMethod.GET, "/invoices/{id}"), new Route(HttpMethod.GET, "/invoices/{id}.pdf"),
                new Route(HttpMethod.GET, "/invoices/{id}.xml"), new Route(HttpMethod.GET, "/invoices/{id}/upo.xml"),
                new Route(HttpMethod.POST, "/invoices/{id}/resend"),
                new Route(HttpMethod.POST, "/invoices/{id}/retry"));
        assertThat(registeredRoutes()).containsAll(invoiceRoutes);
        for (Route route : invoiceRoutes) {
            Access access = AccessPolicy.accessFor(route.method(), route.samplePath()).orElseThrow();
            assertThat(access.grants(Role.TECHNICAL)).as(route.toString()).isFalse();
            assertThat(List.of(Role.REPRESENTATIVE, Role.FINANCE_ACTIVE, Role.FINANCE_PASSIVE))
                    .as(route.toString()).allMatch(access::grants);
        }
        assertThat(AccessPolicy.accessFor(HttpMethod.GET, "/invoices/ksef")).map(Access::permissions)
                .hasValue(List.of(Permission.MANAGE_KSEF));
        assertThat(AccessPolicy.accessFor(HttpMethod.POST, "/shops/sample/integration/invoicing"))
                .map(Access::permissions).hasValue(List.of(Permission.MANAGE_INTEGRATION));
    }

    @Test
    void kseFSettingsAreTheRepresentativesAlone() {
        for (HttpMethod method : List.of(HttpMethod.GET, HttpMethod.POST)) {
            for (String path : List.of("/invoices/ksef", "/invoices/ksef/token")) {
                assertThat(AccessPolicy.accessFor(method, path)).as(method + " " + path).hasValueSatisfying(access -> {
                    assertThat(access.permissions()).containsExactly(Permission.MANAGE_KSEF);
                    assertThat(Role.values()).filteredOn(access::grants).containsExactly(Role.REPRESENTATIVE);
                });
            }
        }
    }

    @Test
    void theConsoleIsCoveredAndOnlyOperatorsPassIt() {
        assertThat(registeredRoutes()).filteredOn(route -> route.pattern().startsWith("/operator/"))
                .extracting(route -> AccessPolicy.accessFor(route.method(), route.samplePath()).orElseThrow().kind())
                .contains(Access.Kind.OPERATOR);
    }

    @Test
    void anUnclassifiedPathIsDeniedToEveryRole() throws Exception {
        Route probe = new Route(HttpMethod.GET, "/unclassified-probe");
        assertThat(isSignInRedirect(perform(probe, null))).isTrue();
        for (Role role : Role.values()) {
            assertThat(perform(probe, fixtures.signedIn(merchant.email(role))).getStatus()).isEqualTo(403);
        }
    }

    /**
     * A console route: anonymous visitors are sent to the console's own sign-in, every merchant role is refused, and
     * a signed-in operator passes (a sample id may still be not found).
     */
    private List<String> operatorMismatches(Route route, MockHttpServletResponse anonymous) throws Exception {
        List<String> mismatches = new ArrayList<>();
        if (!isOperatorSignInRedirect(anonymous)) {
            mismatches.add(route + " anonymous → " + anonymous.getStatus() + " (expected console sign-in)");
        }
        for (Role role : Role.values()) {
            MockHttpServletResponse response = perform(route, fixtures.signedIn(merchant.email(role)));
            if (response.getStatus() != 403) {
                mismatches.add(route + " " + role + " → " + response.getStatus() + " (expected 403)");
            }
        }
        MockHttpServletResponse asOperator = mvc.perform(MockMvcRequestBuilders.request(route.method(),
                route.samplePath()).cookie(operatorSession()).with(csrf())).andReturn().getResponse();
        if (isDenied(asOperator) || isOperatorSignInRedirect(asOperator)) {
            mismatches.add(route + " operator → " + asOperator.getStatus() + " (expected access)");
        }
        return mismatches;
    }

    /** The session cookie of an operator signed in through the console's own sign-in. */
    private Cookie operatorSession() throws Exception {
        if (operatorSession == null) {
            String email = "operator-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
            operators.create(email, "Operator", OPERATOR_PASSWORD);
            MockHttpServletResponse signIn = mvc.perform(MockMvcRequestBuilders.post("/operator/login")
                    .param("email", email).param("password", OPERATOR_PASSWORD).with(csrf()))
                    .andReturn().getResponse();
            assertThat(signIn.getRedirectedUrl()).endsWith("/operator/merchants");
            operatorSession = signIn.getCookie("SESSION");
        }
        return operatorSession;
    }

    private Set<Route> registeredRoutes() {
        Set<Route> routes = new TreeSet<>();
        for (RequestMappingInfo info : handlerMapping.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                if (methods.isEmpty()) {
                    routes.add(new Route(HttpMethod.GET, pattern));
                }
                methods.forEach(method -> routes.add(new Route(method.asHttpMethod(), pattern)));
            }
        }
        assertThat(routes).isNotEmpty();
        return routes;
    }

    private static List<Route> unclassified(Collection<Route> routes) {
        return routes.stream().filter(route -> AccessPolicy.accessFor(route.method(), route.samplePath()).isEmpty()).toList();
    }

    private MockHttpServletResponse perform(Route route, SignedInUser principal) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(route.method(), route.samplePath())
                .with(csrf());
        Optional.ofNullable(principal).ifPresent(user -> request.with(user(user)));
        return mvc.perform(request).andReturn().getResponse();
    }

    private static boolean isDenied(MockHttpServletResponse response) {
        return response.getStatus() == 401 || response.getStatus() == 403;
    }

    private static boolean isOperatorSignInRedirect(MockHttpServletResponse response) {
        String location = response.getRedirectedUrl();
        return response.getStatus() == 302 && location != null && location.matches("(https?://[^/]+)?/operator/login");
    }

    private static boolean isSignInRedirect(MockHttpServletResponse response) {
        String location = response.getRedirectedUrl();
        return response.getStatus() == 302 && location != null && location.matches("(https?://[^/]+)?/login");
    }
}
