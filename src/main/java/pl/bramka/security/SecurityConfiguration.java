package pl.bramka.security;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import pl.bramka.merchant.MerchantManagement;
import pl.bramka.shared.SignOutOfOneSide;
import pl.bramka.user.SignedInUser;
import pl.bramka.user.TwoFactor;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final RequestMatcher PAYER_PAGES = new OrRequestMatcher(
            matchersOf(Access.Kind.PAYER).toArray(RequestMatcher[]::new));

    /** Routes shops' servers and other sites post to: the REST API and the paywall with its payer pages. */
    private static final RequestMatcher OUTSIDE_THE_PANEL = new OrRequestMatcher(PAYER_PAGES,
            new OrRequestMatcher(matchersOf(Access.Kind.API).toArray(RequestMatcher[]::new)));

    private static List<RequestMatcher> matchersOf(Access.Kind kind) {
        return AccessPolicy.patternsOf(kind).stream()
                .map(pattern -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(pattern)).toList();
    }

    @Bean
    SecurityFilterChain panel(HttpSecurity http, SignInUsers signInUsers, PasswordEncoder passwordEncoder,
            SignInThrottle throttle, TwoFactor twoFactor, SignInCompletion completion, ApplicationEventPublisher events,
            Clock clock, MerchantManagement merchants) throws Exception {
        http.authorizeHttpRequests(requests -> {
            for (AccessPolicy.Rule rule : AccessPolicy.rules()) {
                apply(rule.method() == null ? requests.requestMatchers(rule.pattern())
                        : requests.requestMatchers(rule.method(), rule.pattern()), rule.access());
            }
            requests.anyRequest().denyAll();
        });
        // A manager of our own, without a parent: a refused attempt must not fall through to another provider.
        ProviderManager signIn = new ProviderManager(
                new ThrottledSignIn(passwordCheck(signInUsers, passwordEncoder, merchants), throttle));
        signIn.setAuthenticationEventPublisher(signInEvents(events));
        http.authenticationManager(signIn);
        http.formLogin(form -> form.loginPage("/login").usernameParameter("email")
                .successHandler(new SignInSuccess(twoFactor, completion, clock))
                .failureHandler(new SimpleUrlAuthenticationFailureHandler("/login?error")));
        http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                .invalidateHttpSession(false).addLogoutHandler(new SignOutEvents(events, clock))
                .addLogoutHandler(new SignOutOfOneSide(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(OUTSIDE_THE_PANEL));
        // SecurityHeaders sets the policy, framing, referrer, permissions and HSTS headers for every chain
        http.headers(headers -> headers.frameOptions(frame -> frame.disable()).httpStrictTransportSecurity(
                hsts -> hsts.disable()));
        return http.build();
    }

    /** Sign-ins and failed sign-ins as Spring Security's events, which the audit log records. */
    private static DefaultAuthenticationEventPublisher signInEvents(ApplicationEventPublisher publisher) {
        DefaultAuthenticationEventPublisher events = new DefaultAuthenticationEventPublisher(publisher);
        events.setAdditionalExceptionMappings(Map.of(SignInLocked.class, AuthenticationFailureLockedEvent.class));
        return events;
    }

    private static void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizedUrl url, Access access) {
        switch (access.kind()) {
            case PUBLIC, API, PAYER -> url.permitAll();
            case SIGNED_IN -> url.authenticated();
            case PERMISSION -> url.hasAllAuthorities(access.permissions().stream().map(Enum::name)
                    .toArray(String[]::new));
            // The console's own chain comes first and serves /operator/**; the panel's never does
            case OPERATOR -> url.denyAll();
            // ManagementSecurityConfiguration's chain serves /actuator/**
            case MANAGEMENT -> url.denyAll();
        }
    }

    /**
     * The password is checked before the account status and the company's, so "deactivated" and "blocked" are only
     * ever told to someone who knows the password.
     */
    private static DaoAuthenticationProvider passwordCheck(SignInUsers signInUsers, PasswordEncoder encoder,
            MerchantManagement merchants) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(signInUsers);
        provider.setPasswordEncoder(encoder);
        provider.setPreAuthenticationChecks(user -> {
        });
        provider.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("Account deactivated");
            }
            if (user instanceof SignedInUser signedIn && merchants.isBlocked(signedIn.merchantId())) {
                throw new MerchantBlockedSignIn();
            }
        });
        return provider;
    }
}
