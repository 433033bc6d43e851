package testidp;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A real OpenID Connect provider for the tests (Spring Security's authorization server on its own Tomcat port), in
 * a package outside the portal's so the portal never scans it. Its people sign in with password {@code idp}; their
 * ID tokens carry {@code email}, {@code name}, {@code preferred_username}, an Entra-like {@code oid} and a
 * {@code roles} claim, as configured in {@link #PEOPLE}. It answers on 127.0.0.1 and the portal on localhost: cookies
 * do not tell ports apart, so on one host name the two session cookies would overwrite each other.
 */
public final class TestIdentityProvider implements AutoCloseable {

    /** Signs in as Kari, but her ID token is made for another application (its audience is not the portal). */
    public static final String WRONG_AUDIENCE = "kari-annen-tjeneste";
    /** Signs in as Kari, but her ID token expired an hour ago. */
    public static final String EXPIRED = "kari-utlopt";

    /** username → claims added to the ID token. */
    public static final Map<String, Map<String, Object>> PEOPLE = Map.of(
            "kari", Map.of("email", "kari.sso@testkommune.no", "name", "Kari Nordmann", "oid", "oid-kari",
                    "roles", List.of("Portal.Leder")),
            "per", Map.of("email", "per.ukjent@testkommune.no", "name", "Per Ukjent", "oid", "oid-per",
                    "roles", List.of("Portal.Ansatt")),
            "sluttet", Map.of("email", "sluttet.sso@testkommune.no", "name", "Sluttet Ansatt", "oid", "oid-sluttet",
                    "roles", List.of("Portal.Leder")),
            WRONG_AUDIENCE, Map.of("email", "kari.sso@testkommune.no", "name", "Kari Nordmann", "oid", "oid-kari",
                    "roles", List.of("Portal.Leder")),
            EXPIRED, Map.of("email", "kari.sso@testkommune.no", "name", "Kari Nordmann", "oid", "oid-kari",
                    "roles", List.of("Portal.Leder")));


    public static final String CLIENT_ID = "portal";
    public static final String CLIENT_SECRET = "test-secret";

    private final Process process;
    private final int port;

    /**
     * Runs in its own JVM: the portal sets a global SecurityContextHolder strategy (Vaadin's), which in one JVM
     * would hide the provider's signed-in person from its authorization endpoint. Returns once discovery answers.
     */
    private TestIdentityProvider(int port, int portalPort) {
        this.port = port;
        try {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            this.process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    TestIdentityProvider.class.getName(), String.valueOf(port), String.valueOf(portalPort))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(
                            Path.of("target", "test-identity-provider.log").toFile()))
                    .start();
            HttpClient http = HttpClient.newHttpClient();
            for (int i = 0; i < 240; i++) {
                try {
                    if (http.send(HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                            .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                if (!process.isAlive()) {
                    throw new IllegalStateException("the test identity provider stopped; see target/test-identity-provider.log");
                }
                Thread.sleep(250);
            }
            throw new IllegalStateException("the test identity provider did not start in 60 s");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts the provider on a free port; the portal's redirect address must be on {@code portalPort}. */
    public static TestIdentityProvider start(int portalPort) {
        return new TestIdentityProvider(freePort(), portalPort);
    }

    /** The provider's own JVM: {@code <port> <portal port>}. */
    public static void main(String[] args) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Config.class)
                .web(WebApplicationType.SERVLET)
                .properties(Map.of("spring.config.name", "test-identity-provider", "idp.port", args[0],
                        "idp.portal-port", args[1], "spring.main.banner-mode", "off"))
                .run();
        context.registerShutdownHook();
    }

    public String issuer() {
        return "http://127.0.0.1:" + port;
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableWebSecurity
    static class Config {

        @Bean
        TomcatServletWebServerFactory webServer(org.springframework.core.env.Environment env) {
            return new TomcatServletWebServerFactory(env.getRequiredProperty("idp.port", Integer.class));
        }

        /** Filters run only for a request some servlet answers: this one answers what the filters leave (404). */
        @Bean
        org.springframework.boot.web.servlet.ServletRegistrationBean<jakarta.servlet.http.HttpServlet> rest() {
            return new org.springframework.boot.web.servlet.ServletRegistrationBean<>(
                    new jakarta.servlet.http.HttpServlet() {
                        @Override
                        protected void service(jakarta.servlet.http.HttpServletRequest request,
                                jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
                            response.sendError(404);
                        }
                    }, "/");
        }

        /** The provider's protocol endpoints; an anonymous browser is sent to the login form. */
        @Bean
        @org.springframework.core.annotation.Order(1)
        SecurityFilterChain protocol(HttpSecurity http) throws Exception {
            var server = new org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization
                    .OAuth2AuthorizationServerConfigurer();
            http.securityMatcher(server.getEndpointsMatcher())
                    .with(server, as -> as.oidc(Customizer.withDefaults()))
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(
                            new org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint("/login")))
                    .oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults()));
            return http.build();
        }

        /** Everything else: the provider's own login form. */
        @Bean
        @org.springframework.core.annotation.Order(2)
        SecurityFilterChain login(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults());
            return http.build();
        }

        @Bean
        UserDetailsService people() {
            InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
            PEOPLE.keySet().forEach(name -> users.createUser(User.withUsername(name).password("{noop}idp")
                    .roles("USER").build()));
            return users;
        }

        @Bean
        RegisteredClientRepository clients(org.springframework.core.env.Environment env) {
            RegisteredClient portal = RegisteredClient.withId(UUID.randomUUID().toString())
                    .clientId(CLIENT_ID).clientSecret("{noop}" + CLIENT_SECRET)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("http://localhost:" + env.getRequiredProperty("idp.portal-port")
                            + "/login/oauth2/code/testkommune")
                    .postLogoutRedirectUri("http://localhost:" + env.getRequiredProperty("idp.portal-port")
                            + "/login?logout")
                    .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL)
                    .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                    .build();
            return new InMemoryRegisteredClientRepository(portal);
        }

        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> claims() {
            return context -> {
                if ("id_token".equals(context.getTokenType().getValue())) {
                    String name = context.getPrincipal().getName();
                    context.getClaims().claim("preferred_username", name);
                    PEOPLE.getOrDefault(name, Map.of()).forEach((claim, value) -> context.getClaims().claim(claim, value));
                    if (WRONG_AUDIENCE.equals(name)) {
                        context.getClaims().audience(List.of("en-annen-tjeneste"));
                    }
                    if (EXPIRED.equals(name)) {
                        java.time.Instant anHourAgo = java.time.Instant.now().minus(java.time.Duration.ofHours(1));
                        context.getClaims().issuedAt(anHourAgo.minus(java.time.Duration.ofMinutes(30)))
                                .expiresAt(anHourAgo);
                    }
                }
            };
        }

        @Bean
        RSAKey signingKey() throws Exception {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
        }

        @Bean
        JWKSource<SecurityContext> keys(RSAKey signingKey) {
            return new ImmutableJWKSet<>(new JWKSet(signingKey));
        }

        /** The provider reads its own access tokens at the userinfo endpoint. */
        @Bean
        org.springframework.security.oauth2.jwt.JwtDecoder tokens(RSAKey signingKey) throws Exception {
            return org.springframework.security.oauth2.jwt.NimbusJwtDecoder.withPublicKey(signingKey.toRSAPublicKey())
                    .build();
        }

        @Bean
        AuthorizationServerSettings settings(org.springframework.core.env.Environment env) {
            return AuthorizationServerSettings.builder().issuer("http://127.0.0.1:" + env.getRequiredProperty("idp.port"))
                    .build();
        }
    }
}
