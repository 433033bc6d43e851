package no.kommune.portal.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.spring.security.RequestUtil;
import java.util.Map;
import no.kommune.portal.organisation.UserDirectory;
import no.kommune.portal.security.ui.LoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.ConcurrentSessionFilter;

@Configuration
@EnableWebSecurity
// @PreAuthorize only, no jsr250Enabled: @RolesAllowed/@PermitAll sit on views (and MainLayout) alone, where Vaadin's
// navigation access control checks them. Spring's JSR-250 interceptor made every view and layout a CGLIB proxy: proxy
// creation cost ~15 % of the CPU under load, and the router, seeing a subclass, built a new view and a new MainLayout
// on every navigation instead of reusing them (ViewReuseTest). Services carry @PreAuthorize.
@EnableMethodSecurity
@org.springframework.boot.context.properties.EnableConfigurationProperties(SsoSettings.class)
public class SecurityConfig {

    /** Paths reachable without login: the public whistleblowing form and static files. */
    public static final String[] PUBLIC_PATHS = {"/styles.css", "/images/**", "/icons/**",
        // the load balancer's health checks (issue 13): status only, no details (application.properties)
        "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"};

    static final String LOGIN_PATH = "/login";

    /**
     * The one bcrypt cost for every stored password (the demo rows use it too, and so does the dummy hash of
     * accounts without a password), so the time a login takes says nothing about the account.
     */
    public static final int BCRYPT_COST = 12;

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil requestUtil, SessionRegistry sessions,
            LoginThrottle throttle, SessionLifetime lifetime,
            @Value("${portal.security.content-security-policy}") String contentSecurityPolicy,
            ObjectProvider<ClientRegistrationRepository> ssoProviders, UserDirectory directory, SsoSettings sso)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(PUBLIC_PATHS).permitAll());
        // Vaadin's own CSRF setup also exempts the login page, so a login POST without token was accepted (login
        // CSRF). Vaadin's internal requests carry Vaadin's own token; everything else, the login POST included,
        // needs Spring's (the login form takes it from the page's _csrf meta tags).
        ClientRegistrationRepository providers = ssoProviders.getIfAvailable();
        http.with(vaadin(), vaadin -> {
            vaadin.loginView(LoginView.class).enableCsrfConfiguration(false);
            if (providers != null) {
                // sign out of the provider too (RP-initiated logout) where it announces an end-session endpoint
                OidcClientInitiatedLogoutSuccessHandler providerLogout =
                        new OidcClientInitiatedLogoutSuccessHandler(providers);
                providerLogout.setPostLogoutRedirectUri("{baseUrl}" + LOGIN_PATH + "?logout");
                vaadin.logoutSuccessHandler(providerLogout);
            }
        });
        if (providers != null) {
            // single sign-on (OpenID Connect) beside the form: the login page links to each provider
            http.oauth2Login(oauth -> oauth.loginPage(LOGIN_PATH)
                    .userInfoEndpoint(user -> user.oidcUserService(new PortalOidcUserService(directory, sso)))
                    .failureHandler((request, response, failure) -> response.sendRedirect(request.getContextPath()
                            + LOGIN_PATH + "?sso-error=" + SsoErrors.codeOf(failure))));
        }
        if (!sso.localLoginEnabled()) {
            http.addFilterBefore(new LocalLoginOffFilter(LOGIN_PATH), UsernamePasswordAuthenticationFilter.class);
        }
        http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest));

        http.addFilterBefore(new LoginAddressThrottleFilter(throttle, LOGIN_PATH),
                UsernamePasswordAuthenticationFilter.class);

        // Every signed-in session is registered, so a change of a user's access can end her sessions.
        http.sessionManagement(session -> session.sessionConcurrency(concurrency -> concurrency
                .maximumSessions(-1)
                .sessionRegistry(sessions)
                .expiredSessionStrategy(lifetime.expiredStrategy(LOGIN_PATH))));
        http.addFilterBefore(lifetime.absoluteLifetimeFilter(), ConcurrentSessionFilter.class);
        http.addFilterBefore(new NoStoreFilter(), HeaderWriterFilter.class);

        // Spring's defaults stay: X-Content-Type-Options nosniff, Cache-Control no-store (unless a response sets
        // its own, as Vaadin's static files do), X-Frame-Options DENY, and HSTS on requests that came over TLS.
        // Written before the request is handled: Vaadin's page responses never reached Spring's commit-time writer.
        http.headers(headers -> headers
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                // the portal uses none of the browser's powerful features; an injected script gets none of them
                .addHeaderWriter(new org.springframework.security.web.header.writers.StaticHeadersWriter(
                        "Permissions-Policy", PERMISSIONS_POLICY))
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true)));
        return http.build();
    }

    /** bcrypt with the algorithm id stored beside the hash, so it can be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(BCRYPT_COST)));
    }
}
