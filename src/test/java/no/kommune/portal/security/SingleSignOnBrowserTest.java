package no.kommune.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.testsupport.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import testidp.TestIdentityProvider;

/**
 * Issue 12 item 1 through the browser, against a real OpenID Connect provider started by the test
 * ({@link TestIdentityProvider}): a known person signs in with the provider, lands on her start page with the role
 * the provider's {@code roles} claim maps to, and signs out; an unknown person (accounts are not created on first
 * sign-in here) and a deactivated one are sent back to the login page with a message that says why, and so is a
 * known person whose ID token was made for another application or has expired (nothing is linked or created).
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("test")
class SingleSignOnBrowserTest {

    private static final int PORTAL_PORT = TestIdentityProvider.freePort();
    private static TestIdentityProvider provider;
    private static Chromium chromium;

    @Autowired JdbcTemplate jdbc;
    @Autowired PasswordEncoder passwords;

    @DynamicPropertySource
    static void singleSignOn(DynamicPropertyRegistry registry) {
        if (provider == null) {
            provider = TestIdentityProvider.start(PORTAL_PORT);
        }
        String registration = "spring.security.oauth2.client.registration.testkommune.";
        registry.add("server.port", () -> PORTAL_PORT);
        registry.add(registration + "client-id", () -> TestIdentityProvider.CLIENT_ID);
        registry.add(registration + "client-secret", () -> TestIdentityProvider.CLIENT_SECRET);
        registry.add(registration + "client-name", () -> "Testkommunens ID");
        registry.add(registration + "scope", () -> "openid,profile,email");
        registry.add(registration + "redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
        registry.add("spring.security.oauth2.client.provider.testkommune.issuer-uri", provider::issuer);
        registry.add("portal.sso.roles-claim", () -> "roles");
        registry.add("portal.sso.role-mapping.Portal.Leder", () -> Roles.LEADER);
        registry.add("portal.sso.role-mapping.Portal.Ansatt", () -> Roles.EMPLOYEE);
        registry.add("portal.sso.create-unknown-users", () -> "false");
    }

    @BeforeAll
    static void startBrowser() {
        chromium = Chromium.launch();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (provider != null) {
            provider.close();
        }
    }

    /** Kari exists in the portal as an employee with her work address, not yet linked; "sluttet" is deactivated. */
    @BeforeEach
    void people() {
        account("kari-sso", "Kari Nordmann", "kari.sso@testkommune.no", true);
        account("sluttet-sso", "Sluttet Ansatt", "sluttet.sso@testkommune.no", false);
    }

    private void account(String username, String name, String email, boolean active) {
        if (jdbc.queryForObject("select count(*) from user_account where username = ?", Integer.class, username) == 0) {
            jdbc.update("insert into user_account (version, created_at, created_by, modified_at, modified_by, username,"
                    + " full_name, email, password_hash, active) values (0, now(6), 'test', now(6), 'test', ?, ?, ?, ?, ?)",
                    username, name, email, passwords.encode("not-used-here-1234"), active);
            jdbc.update("insert into user_role (user_id, role) select id, 'EMPLOYEE' from user_account where username = ?",
                    username);
        }
    }

    private Page signInWithProvider(String person) {
        BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(1366, 900).setLocale("nb-NO"));
        Page page = context.newPage();
        page.setDefaultTimeout(60_000);
        page.navigate("http://localhost:" + PORTAL_PORT + "/login");
        page.locator("#sso-testkommune").click();
        page.waitForURL(url -> url.startsWith(provider.issuer()));
        page.locator("input[name=username]").fill(person);
        page.locator("input[name=password]").fill("idp");
        page.locator("button[type=submit]").click();
        page.waitForURL(url -> url.startsWith("http://localhost:" + PORTAL_PORT));
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        return page;
    }

    @Test
    void a_known_person_signs_in_with_the_provider_gets_the_mapped_role_and_signs_out() {
        Page page = signInWithProvider("kari");

        page.locator("vaadin-app-layout").waitFor();
        assertThat(page.url()).doesNotContain("/login");
        assertThat(page.locator("body").innerText()).contains("Kari Nordmann");
        assertThat(jdbc.queryForObject("select sso_subject from user_account where username = 'kari-sso'", String.class))
                .isEqualTo(provider.issuer() + "|oid-kari");
        assertThat(jdbc.queryForList("select r.role from user_role r join user_account u on u.id = r.user_id"
                + " where u.username = 'kari-sso'", String.class)).containsExactly(Roles.LEADER);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/browser-sso-signed-in.png")));

        page.locator("#logout").click();
        page.waitForURL(url -> url.contains("/login"));
        page.navigate("http://localhost:" + PORTAL_PORT + "/");
        page.waitForURL(url -> url.contains("/login"));
        assertThat(page.url()).as("signed out of the portal").contains("/login");
        page.context().close();
    }

    @Test
    void a_person_the_portal_does_not_know_is_told_so_on_the_login_page() {
        Page page = signInWithProvider("per");

        page.waitForURL(url -> url.contains("sso-error=unknown-user"));
        page.locator("#sso-error").waitFor();
        assertThat(page.locator("#sso-error").innerText()).contains("ingen bruker i portalen");
        assertThat(jdbc.queryForObject("select count(*) from user_account where email = 'per.ukjent@testkommune.no'",
                Integer.class)).as("not created on first sign-in here").isZero();
        page.context().close();
    }

    @Test
    void a_deactivated_person_is_refused_with_a_clear_message() {
        Page page = signInWithProvider("sluttet");

        page.waitForURL(url -> url.contains("sso-error=deactivated"));
        assertThat(page.locator("#sso-error").innerText()).contains("deaktivert");
        page.context().close();
    }

    @Test
    void an_id_token_for_another_application_is_refused_with_a_clear_message_and_links_nobody() {
        String linked = "select count(*) from user_account where sso_subject is not null";
        int linkedBefore = jdbc.queryForObject(linked, Integer.class);

        Page page = signInWithProvider(TestIdentityProvider.WRONG_AUDIENCE);

        page.waitForURL(url -> url.contains("sso-error=invalid-token"));
        assertThat(page.locator("#sso-error").innerText()).contains("ikke gyldig for portalen");
        assertThat(jdbc.queryForObject(linked, Integer.class)).as("a refused token links no account")
                .isEqualTo(linkedBefore);
        page.context().close();
    }

    @Test
    void an_expired_id_token_is_refused_with_a_clear_message() {
        Page page = signInWithProvider(TestIdentityProvider.EXPIRED);

        page.waitForURL(url -> url.contains("sso-error=invalid-token"));
        assertThat(page.locator("#sso-error").innerText()).contains("ikke gyldig for portalen");
        page.navigate("http://localhost:" + PORTAL_PORT + "/");
        page.waitForURL(url -> url.contains("/login"));
        assertThat(page.url()).as("not signed in").contains("/login");
        page.context().close();
    }
}
