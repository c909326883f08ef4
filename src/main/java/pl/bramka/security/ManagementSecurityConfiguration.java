package pl.bramka.security;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * The actuator: its health probes are public (a load balancer or an orchestrator asks them), everything else under
 * {@code /actuator} (metrics, Prometheus) answers only connections from {@code bramka.management.allowed-networks}
 * and 404 to anyone else, so the endpoints are not even shown to exist. The client's address is the one Tomcat's
 * RemoteIpValve settled on, so a forwarded address counts only from a trusted proxy ({@link TrustedProxies}).
 */
@Configuration(proxyBeanMethods = false)
class ManagementSecurityConfiguration {

    @Bean
    @Order(0)
    SecurityFilterChain management(HttpSecurity http,
            @Value("${bramka.management.allowed-networks:127.0.0.0/8,::1/128}") String allowedNetworks)
            throws Exception {
        AuthorizationManager<RequestAuthorizationContext> fromAllowedNetwork = allowedNetworks(allowedNetworks);
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> {
                    for (String pattern : AccessPolicy.patternsOf(Access.Kind.PUBLIC)) {
                        if (pattern.startsWith("/actuator/")) {
                            requests.requestMatchers(pattern).permitAll();
                        }
                    }
                    requests.anyRequest().access(fromAllowedNetwork);
                })
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, denied) -> response.sendError(
                                HttpServletResponse.SC_NOT_FOUND))
                        .accessDeniedHandler((request, response, denied) -> response.sendError(
                                HttpServletResponse.SC_NOT_FOUND)));
        return http.build();
    }

    static AuthorizationManager<RequestAuthorizationContext> allowedNetworks(String setting) {
        List<IpAddressMatcher> networks = Arrays.stream(setting.split(",")).map(String::trim)
                .filter(network -> !network.isEmpty()).map(ManagementSecurityConfiguration::network).toList();
        return (authentication, context) -> new AuthorizationDecision(networks.stream()
                .anyMatch(network -> network.matches(context.getRequest().getRemoteAddr())));
    }

    private static IpAddressMatcher network(String network) {
        if (!network.matches("[0-9a-fA-F:.]+(/[0-9]{1,3})?")) {
            throw new IllegalStateException("bramka.management.allowed-networks: '" + network
                    + "' is not an IP address or CIDR range such as 10.0.0.0/8");
        }
        return new IpAddressMatcher(network);
    }
}
