package pl.bramka.operator;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import pl.bramka.shared.SignOutOfOneSide;
import pl.bramka.user.AccountThrottle;

/**
 * The console's own security filter chain, before the panel's: it alone serves {@code /operator/**}. It keeps the
 * signed-in operator under its own session key, so a merchant user's sign-in means nothing here and an operator's
 * nothing in the panel (whose chain reads only the standard key), even in one browser; signing out of either side
 * leaves the other signed in.
 */
@Configuration(proxyBeanMethods = false)
class OperatorSecurityConfiguration {

    static final String SESSION_KEY = "BRAMKA_OPERATOR_SECURITY_CONTEXT";
    private static final String POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
            + "base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    @Bean
    @Order(1)
    SecurityFilterChain operatorConsole(HttpSecurity http, OperatorAccounts accounts, PasswordEncoder passwordEncoder,
            AccountThrottle throttle) throws Exception {
        HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
        contexts.setSpringSecurityContextKey(SESSION_KEY);
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(accounts::signInLookup);
        passwordCheck.setPasswordEncoder(passwordEncoder);
        http.securityMatcher("/operator/**")
                .securityContext(context -> context.securityContextRepository(contexts))
                .authenticationManager(new ProviderManager(new ThrottledOperatorSignIn(passwordCheck, throttle)))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/operator/login").permitAll()
                        .anyRequest().hasAuthority(OperatorPrincipal.AUTHORITY))
                .formLogin(form -> form.loginPage("/operator/login").usernameParameter("email")
                        .defaultSuccessUrl("/operator/merchants", true).failureUrl("/operator/login?error"))
                .logout(logout -> logout.logoutUrl("/operator/logout").logoutSuccessUrl("/operator/login?logout")
                        .invalidateHttpSession(false).addLogoutHandler(new SignOutOfOneSide(SESSION_KEY)))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(POLICY)));
        return http.build();
    }
}
