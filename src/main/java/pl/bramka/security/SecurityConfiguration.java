package pl.bramka.security;

import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
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
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CompositeHeaderWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;
import pl.bramka.merchant.MerchantManagement;
import pl.bramka.shared.SignOutOfOneSide;
import pl.bramka.user.SignedInUser;
import pl.bramka.user.UserManagement;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /**
     * Every response: nothing from other origins, no inline scripts or styles. A response that sets its own policy
     * keeps it (the shop logo's SVG does).
     */
    private static final String POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'";

    /**
     * The only responses that may be shown in a frame, and only by the panel's own pages: the payment page preview
     * of the branding tab. Nothing can be posted from it. Every other response refuses to be framed.
     */
    private static final RequestMatcher FRAMED_BY_PANEL = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.GET, "/shops/{serviceId}/branding/preview");

    private static final RequestMatcher PAYER_PAGES = new OrRequestMatcher(
            matchersOf(Access.Kind.PAYER).toArray(RequestMatcher[]::new));

    /** Routes shops' servers and other sites post to: the REST API and the paywall with its payer pages. */
    private static final RequestMatcher OUTSIDE_THE_PANEL = new OrRequestMatcher(PAYER_PAGES,
            new OrRequestMatcher(matchersOf(Access.Kind.API).toArray(RequestMatcher[]::new)));

    /**
     * A payer's form may end in a redirect back to the shop's own address (urlSuccess, urlFailure), which browsers
     * check against form-action; nothing on a payer page comes from anyone but Bramka, so any web address may be
     * the end of a form.
     */
    private static final String PAYER_FORM_ACTION = "form-action 'self' https: http:";

    private static List<RequestMatcher> matchersOf(Access.Kind kind) {
        return AccessPolicy.patternsOf(kind).stream()
                .map(pattern -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(pattern)).toList();
    }

    @Bean
    SecurityFilterChain panel(HttpSecurity http, SignInUsers signInUsers, PasswordEncoder passwordEncoder,
            SignInThrottle throttle, UserManagement users, LocaleResolver localeResolver,
            ApplicationEventPublisher publisher, MerchantManagement merchants) throws Exception {
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
        signIn.setAuthenticationEventPublisher(signInEvents(publisher));
        http.authenticationManager(signIn);
        http.formLogin(form -> form.loginPage("/login").usernameParameter("email")
                .successHandler(new SignInSuccess(users, localeResolver))
                .failureHandler(new SimpleUrlAuthenticationFailureHandler("/login?error")));
        http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                .invalidateHttpSession(false).addLogoutHandler(new SignOutOfOneSide(
                        HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(OUTSIDE_THE_PANEL));
        HeaderWriter framedByPanel = new CompositeHeaderWriter(List.of(
                new ContentSecurityPolicyHeaderWriter(POLICY + "; frame-ancestors 'self'; form-action 'none'"),
                new XFrameOptionsHeaderWriter(XFrameOptionsMode.SAMEORIGIN)));
        HeaderWriter neverFramed = new CompositeHeaderWriter(List.of(
                new ContentSecurityPolicyHeaderWriter(POLICY + "; frame-ancestors 'none'; form-action 'self'"),
                new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY)));
        HeaderWriter payerPage = new CompositeHeaderWriter(List.of(
                new ContentSecurityPolicyHeaderWriter(POLICY + "; frame-ancestors 'none'; " + PAYER_FORM_ACTION),
                new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY)));
        http.headers(headers -> headers
                .frameOptions(frame -> frame.disable())
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(FRAMED_BY_PANEL, framedByPanel))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(PAYER_PAGES, payerPage))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(
                        new OrRequestMatcher(FRAMED_BY_PANEL, PAYER_PAGES)), neverFramed)));
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
