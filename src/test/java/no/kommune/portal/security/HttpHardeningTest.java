package no.kommune.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.OrgUnit;
import no.kommune.portal.organisation.OrgUnitType;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UserAccount;
import no.kommune.portal.organisation.UserAdminService;
import no.kommune.portal.testsupport.TestSecurity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 9 items 4, 5 (client address), 6 (login CSRF, per-address throttle) and 7 (headers, cookies), tried the way
 * a browser or an attacker would: real HTTP against the running portal. In this test 127.0.0.1 is the trusted
 * reverse proxy; requests to the machine's other address come from an untrusted peer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"portal.security.trusted-proxies=127\\.0\\.0\\.1", "portal.security.login.address-max-failures=5"})
@ActiveProfiles("test")
@Import(RemoteAddressProbe.class)
class HttpHardeningTest {

    @LocalServerPort
    int port;

    @Autowired ApplicationContext context;
    @Autowired OrgFixtures org;
    @Autowired UserAdminService users;
    @Autowired LoginThrottle throttle;

    @Autowired no.kommune.portal.base.RateWindows rateWindows;

    @BeforeEach
    void useThisContextsSecurity() {
        TestSecurity.useStrategyOf(context);
        // failed logins are counted in the database for every node and test context; start from none for the address
        rateWindows.clear(LoginThrottle.ADDRESSES);
    }

    @AfterEach
    void signOut() {
        TestSecurity.clear();
    }

    private BrowserLikeClient browser() {
        return new BrowserLikeClient("http://localhost:" + port);
    }

    private static void assertSignedIn(BrowserLikeClient client) {
        HttpResponse<String> home = client.get("/");
        assertThat(home.statusCode()).as("signed in, the start page loads").isEqualTo(200);
    }

    private static void assertSentToLogin(BrowserLikeClient client) {
        HttpResponse<String> home = client.get("/");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location").orElse("")).contains("/login");
    }

    // ---- item 6: login CSRF -------------------------------------------------------------------------------

    @Test
    void a_login_post_without_the_csrf_token_is_refused() {
        UserAccount user = org.user("csrf", no.kommune.portal.organisation.Roles.EMPLOYEE);
        BrowserLikeClient attacker = browser();
        attacker.get("/login");

        HttpResponse<String> post = attacker.postForm("/login",
                Map.of("username", user.getUsername(), "password", OrgFixtures.PASSWORD));

        // refused by the CSRF filter (403, which the error page turns into a redirect to the login page)
        assertThat(post.statusCode()).isIn(302, 403);
        assertThat(post.headers().firstValue("Location").orElse("/login")).contains("/login");
        assertSentToLogin(attacker);
    }

    @Test
    void the_login_form_posts_with_the_token_from_the_page_and_signs_in() {
        UserAccount user = org.user("csrf-ok", no.kommune.portal.organisation.Roles.EMPLOYEE);
        BrowserLikeClient client = browser();

        HttpResponse<String> post = client.login(user.getUsername(), OrgFixtures.PASSWORD);

        assertThat(post.statusCode()).isEqualTo(302);
        assertThat(post.headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertSignedIn(client);
    }

    // ---- item 4: sessions end when access changes ---------------------------------------------------------

    @Test
    void a_signed_in_session_is_refused_on_its_next_request_after_deactivation() {
        UserAccount user = org.user("deaktiveres", no.kommune.portal.organisation.Roles.EMPLOYEE);
        BrowserLikeClient client = browser();
        client.login(user.getUsername(), OrgFixtures.PASSWORD);
        assertSignedIn(client);

        TestSecurity.runAs("admin-http", no.kommune.portal.organisation.Roles.ADMIN);
        users.setActive(user.getId(), false);

        assertSentToLogin(client);
    }

    @Test
    void a_signed_in_session_is_refused_on_its_next_request_after_a_role_is_removed() {
        OrgUnit unit = org.unit("Skole", OrgUnitType.UNIT, org.municipality());
        UserAccount user = org.user("mister-rolle", Roles.LEADER, Roles.EMPLOYEE);
        BrowserLikeClient client = browser();
        client.login(user.getUsername(), OrgFixtures.PASSWORD);
        assertSignedIn(client);
        BrowserLikeClient bystander = browser();
        UserAccount other = org.user("uberort", Roles.EMPLOYEE);
        bystander.login(other.getUsername(), OrgFixtures.PASSWORD);

        TestSecurity.runAs("admin-http", Roles.ADMIN);
        UserAccount edited = users.find(user.getId()).orElseThrow();
        edited.setRoles(new HashSet<>(Set.of(Roles.EMPLOYEE)));
        users.save(edited, Set.of(unit.getId()));

        assertSentToLogin(client);
        assertSignedIn(bystander);
        client.login(user.getUsername(), OrgFixtures.PASSWORD);
        assertSignedIn(client);
    }

    @Test
    void saving_a_user_without_a_change_of_access_keeps_her_session() {
        UserAccount user = org.user("uendret", Roles.EMPLOYEE);
        BrowserLikeClient client = browser();
        client.login(user.getUsername(), OrgFixtures.PASSWORD);

        TestSecurity.runAs("admin-http", Roles.ADMIN);
        UserAccount edited = users.find(user.getId()).orElseThrow();
        edited.setJobTitle("Ny tittel");
        users.save(edited, Set.of());

        assertSignedIn(client);
    }

    // ---- item 6: per-address throttle ------------------------------------------------------------------

    @Test
    void an_address_with_too_many_failures_is_refused_even_with_a_right_password_and_others_are_not() {
        UserAccount target = org.user("maal", Roles.ADMIN);
        UserAccount own = org.user("egen", Roles.EMPLOYEE);
        BrowserLikeClient attacker = browser().withHeader("X-Forwarded-For", "203.0.113.77");
        assertThat(throttle.addressMaxFailures()).as("the production default").isEqualTo(LoginThrottle.ADDRESS_MAX_FAILURES);
        for (int i = 0; i < throttle.addressMaxFailures(); i++) {
            HttpResponse<String> post = attacker.login(target.getUsername(), "feil-passord-" + i);
            assertThat(post.headers().firstValue("Location").orElse("")).contains("/login?error");
        }

        HttpResponse<String> blocked = attacker.login(own.getUsername(), OrgFixtures.PASSWORD);
        assertThat(blocked.headers().firstValue("Location").orElse("")).contains("/login?error");

        BrowserLikeClient colleague = browser().withHeader("X-Forwarded-For", "203.0.113.78");
        assertThat(colleague.login(target.getUsername(), OrgFixtures.PASSWORD).headers().firstValue("Location")
                .orElse("")).as("the target account is not locked").doesNotContain("error");
        assertSignedIn(colleague);
    }

    // ---- item 7: headers and cookies ------------------------------------------------------------------------

    @Test
    void pages_carry_the_security_headers() {
        HttpResponse<String> page = browser().get("/login");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(header(page, "Content-Security-Policy")).contains("default-src 'self'")
                .contains("frame-ancestors 'none'").contains("object-src 'none'");
        assertThat(header(page, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(page, "Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(header(page, "Permissions-Policy")).as("no camera, microphone, location or payment")
                .contains("camera=()").contains("microphone=()").contains("geolocation=()");
        assertThat(header(page, "Cache-Control")).contains("no-store");
        assertThat(header(page, "X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.headers().firstValue("Strict-Transport-Security")).as("not over plain HTTP").isEmpty();
    }

    @Test
    void hsts_is_sent_when_the_request_came_over_tls_through_the_trusted_proxy() {
        HttpResponse<String> page = browser().withHeader("X-Forwarded-Proto", "https").get("/login");
        assertThat(header(page, "Strict-Transport-Security")).contains("max-age=31536000");
    }

    @Test
    void vaadin_responses_are_not_cached_either() {
        UserAccount user = org.user("uidl", Roles.EMPLOYEE);
        BrowserLikeClient client = browser();
        client.login(user.getUsername(), OrgFixtures.PASSWORD);

        HttpResponse<String> init = client.get("/?v-r=init&location=");
        assertThat(init.statusCode()).isEqualTo(200);
        assertThat(header(init, "Cache-Control")).contains("no-store");

        Matcher key = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"").matcher(init.body());
        Matcher ui = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)").matcher(init.body());
        assertThat(key.find() && ui.find()).as("init response names the UI and its key: " + init.body()).isTrue();
        HttpResponse<String> uidl = client.postJson("/?v-r=uidl&v-uiId=" + ui.group(1),
                "{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[],\"syncId\":0,\"clientId\":0}");
        assertThat(uidl.statusCode()).isEqualTo(200);
        assertThat(uidl.body()).contains("syncId");
        assertThat(header(uidl, "Cache-Control")).contains("no-store");
        assertThat(header(uidl, "X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_lax_and_never_in_a_url() {
        BrowserLikeClient client = browser();
        HttpResponse<String> redirect = client.get("/");

        assertThat(redirect.headers().firstValue("Location").orElse("")).doesNotContainIgnoringCase("jsessionid");
        String cookie = redirect.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(cookie).as("the test profile runs on plain HTTP").doesNotContain("Secure");
    }

    @Test
    void the_session_cookie_is_secure_by_default_outside_the_demo_and_test_profiles() throws Exception {
        Properties production = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
        assertThat(production.getProperty("portal.security.secure-cookie")).isEqualTo("true");
        assertThat(production.getProperty("server.servlet.session.cookie.secure"))
                .isEqualTo("${portal.security.secure-cookie}");
        assertThat(production.getProperty("server.servlet.session.tracking-modes")).isEqualTo("cookie");
    }

    // ---- item 5: the client address behind a proxy ----------------------------------------------------------

    @Test
    void x_forwarded_for_is_honoured_from_the_trusted_proxy() {
        HttpResponse<String> probe = browser().withHeader("X-Forwarded-For", "203.0.113.5")
                .get(RemoteAddressProbe.PATH);
        assertThat(probe.body()).isEqualTo("203.0.113.5 false");
    }

    @Test
    void x_forwarded_for_from_an_untrusted_peer_is_ignored() {
        Optional<InetAddress> external = externalAddress();
        assumeTrue(external.isPresent(), "this machine has no non-loopback IPv4 address");
        String address = external.get().getHostAddress();
        HttpResponse<String> probe = new BrowserLikeClient("http://" + address + ":" + port)
                .withHeader("X-Forwarded-For", "203.0.113.5").withHeader("X-Forwarded-Proto", "https")
                .get(RemoteAddressProbe.PATH);
        assertThat(probe.body()).isEqualTo(address + " false");
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("<missing " + name + ">");
    }

    private static Optional<InetAddress> externalAddress() {
        try {
            for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!n.isUp() || n.isLoopback()) {
                    continue;
                }
                for (InetAddress a : Collections.list(n.getInetAddresses())) {
                    if (a instanceof Inet4Address && !a.isLoopbackAddress()) {
                        return Optional.of(a);
                    }
                }
            }
        } catch (java.net.SocketException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
