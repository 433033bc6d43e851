package no.kommune.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import no.kommune.portal.deviations.DeviationDraft;
import no.kommune.portal.deviations.DeviationService;
import no.kommune.portal.deviations.Severity;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.testsupport.Chromium;
import no.kommune.portal.testsupport.TestSecurity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 9's adversarial test, in real Chromium against the running portal with the demo users: an employee
 * reports anonymously while signed in and nothing names her; the administrator tries every way into the sealed
 * channel and gets none; a leader of another unit opens a confidential deviation by URL and sees nothing of it.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demotest"})
class SealedChannelBrowserTest {

    private static Chromium chromium;
    private static Browser browser;

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired DeviationService deviations;
    @Autowired ApplicationContext context;

    private BrowserContext session;

    @BeforeAll
    static void startBrowser() {
        chromium = Chromium.launch();
        browser = chromium.browser();
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void newSession() {
        TestSecurity.useStrategyOf(context);
        session = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 1000));
    }

    @AfterEach
    void closeSession() {
        session.close();
        TestSecurity.clear();
    }

    private String url(String route) {
        return "http://localhost:" + port + "/" + route;
    }

    private Page loginAs(String username) {
        Page page = session.newPage();
        page.setDefaultTimeout(60_000);
        Chromium.signIn(page, url("login"), username);
        page.locator("vaadin-app-layout").waitFor();
        return page;
    }

    /** Opens a route and waits until Vaadin has rendered whatever it is going to show for it. */
    private static int open(Page page, String url) {
        com.microsoft.playwright.Response response = page.navigate(url);
        page.waitForLoadState();
        page.locator("vaadin-app-layout, body > *").first().waitFor();
        page.waitForTimeout(1500);
        return response == null ? 0 : response.status();
    }

    /** Searches the user list for the account and opens it (the test database may hold many similar names). */
    private static void openAccount(Page page, String username) {
        page.getByPlaceholder("Søk etter navn eller brukernavn").locator("input").fill(username);
        page.waitForTimeout(1500);
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^" + username.replace(".", "\\.") + "$"))).first().click();
    }

    /**
     * The page is the portal's refusal (ErrorView or RefusedRouteView, "Du har ikke tilgang"), not any failure: the
     * "Noe uventet gikk galt" page of an exception, or Vaadin's own page, would not do.
     */
    private static void assertRefusalShown(Page page, String route) {
        assertThat(page.locator("#forbidden-title").innerText()).as("refusal shown for " + route)
                .isIn("Du har ikke tilgang", "You do not have access");
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/browser-sealed-" + name + ".png"))
                .setFullPage(true));
    }

    @Test
    void employee_reports_anonymously_while_signed_in_and_no_row_names_her() {
        Page page = loginAs("ansatt");
        open(page, url("varsling/ny"));
        String subject = "Anonymt i nettleser " + UUID.randomUUID().toString().substring(0, 8);
        page.locator("#wb-subject input").fill(subject);
        page.locator("#wb-description textarea").fill("Leder ber oss føre timer som ikke er jobbet");
        assertThat(page.locator("#wb-anonymous").getAttribute("checked")).as("anonymous by default").isNotNull();
        page.locator("#wb-send").click();
        page.locator("#receipt-code").waitFor();
        String code = page.locator("#receipt-code").textContent().strip();
        shot(page, "employee-receipt");

        // Still signed in, she adds information with the receipt code.
        open(page, url("varsle/kvittering"));
        page.locator("#wb-code input").fill(code);
        page.locator("#wb-open").click();
        page.locator("#wb-addition textarea").fill("Det har skjedd tre ganger i høst");
        page.locator("#wb-add").click();
        page.getByText("Det har skjedd tre ganger i høst").first().waitFor();

        Long caseId = jdbc.queryForObject("select id from wb_case where subject = ?", Long.class, subject);
        assertThat(jdbc.queryForObject("select reporter_username from wb_case where id = ?", String.class, caseId))
                .isNull();
        List<String> names = jdbc.queryForList(
                "select created_by from wb_case where id = ? union select modified_by from wb_case where id = ?"
                + " union select created_by from wb_case_aud where id = ? union select modified_by from wb_case_aud where id = ?"
                + " union select r.username from revinfo r join wb_case_aud a on a.rev = r.rev where a.id = ?"
                + " union select created_by from wb_message where case_id = ?"
                + " union select created_by from wb_message_aud where case_id = ?"
                + " union select r.username from revinfo r join wb_message_aud a on a.rev = r.rev where a.case_id = ?"
                + " union select n.created_by from notification n where n.dedupe_key = concat('wb-new-', ?)"
                + "   or n.dedupe_key in (select concat('wb-message-', m.id) from wb_message m where m.case_id = ?)"
                + " union select r.username from revinfo r join notification_aud a on a.rev = r.rev"
                + "   where a.dedupe_key = concat('wb-new-', ?)"
                + "   or a.dedupe_key in (select concat('wb-message-', m.id) from wb_message m where m.case_id = ?)",
                String.class, caseId, caseId, caseId, caseId, caseId, caseId, caseId, caseId, caseId, caseId, caseId,
                caseId);
        assertThat(names).containsExactly("anonym");
        assertThat(jdbc.queryForObject("select count(*) from notification where dedupe_key = concat('wb-new-', ?)",
                Long.class, caseId)).as("the receiver was told").isPositive();
    }

    @Test
    void administrator_finds_no_way_into_the_sealed_channel() {
        String anySubject = jdbc.queryForList("select subject from wb_case order by id desc limit 1", String.class)
                .stream().findFirst().orElse("Ingen sak");
        String receiverHash = jdbc.queryForObject(
                "select password_hash from user_account where username = 'varsling'", String.class);
        Page page = loginAs("admin");

        for (String route : List.of("varsling/mottak", "varsling/mottakere", "varsling/sak/1")) {
            assertThat(open(page, url(route))).as("HTTP status of " + route).isEqualTo(403);
            // the portal's own refusal (RefusedRouteView), not Vaadin's English page that lists every route
            assertThat(page.locator("#forbidden-title").innerText()).isEqualTo("Du har ikke tilgang");
            assertThat(page.locator("body").innerText()).as(route).doesNotContain("Could not navigate")
                    .doesNotContain("varsling/mottakere").doesNotContain("Available routes");
            assertThat(page.locator("#wb-inbox").count()).as(route).isZero();
            assertThat(page.locator("#receiver-group").count()).as(route).isZero();
            assertThat(page.locator("body").innerText()).as(route).doesNotContain(anySubject);
            assertRefusalShown(page, route);
            shot(page, "admin-" + route.replace('/', '-'));
        }

        // A new account with the receiver role: the role cannot be ticked, and forcing it changes nothing.
        open(page, url("admin/brukere"));
        page.locator("#new-user").click();
        String username = "spion" + UUID.randomUUID().toString().substring(0, 6);
        page.locator("#user-username input").fill(username);
        page.locator("#user-fullname input").fill("Spion Spionsen");
        Locator receiverBox = page.locator("#user-roles vaadin-checkbox").filter(
                new Locator.FilterOptions().setHasText("Varslingsmottak"));
        assertThat(receiverBox.getAttribute("disabled")).as("receiver role is not offered").isNotNull();
        receiverBox.locator("input").dispatchEvent("click");
        page.locator("#user-password input").fill("et-langt-passord-123");
        page.locator("#user-save").click();
        page.waitForTimeout(2000);
        shot(page, "admin-new-account");
        assertThat(jdbc.queryForList("select r.role from user_role r join user_account u on u.id = r.user_id"
                + " where u.username = ?", String.class, username)).doesNotContain(Roles.WHISTLEBLOWING_RECEIVER);

        // Herself: the same box, the same refusal.
        open(page, url("admin/brukere"));
        openAccount(page, "admin");
        page.locator("#user-roles").waitFor();
        Locator ownReceiverBox = page.locator("#user-roles vaadin-checkbox").filter(
                new Locator.FilterOptions().setHasText("Varslingsmottak"));
        assertThat(ownReceiverBox.getAttribute("disabled")).isNotNull();
        ownReceiverBox.locator("input").dispatchEvent("click");
        page.locator("#user-save").click();
        page.waitForTimeout(2000);
        assertThat(jdbc.queryForList("select r.role from user_role r join user_account u on u.id = r.user_id"
                + " where u.username = 'admin'", String.class)).doesNotContain(Roles.WHISTLEBLOWING_RECEIVER);

        // The receiver's account: no password field, and her password is what it was.
        open(page, url("admin/brukere"));
        openAccount(page, "varsling");
        page.locator("#user-roles").waitFor();
        shot(page, "admin-receiver-account");
        assertThat(page.locator("#user-password").isVisible()).as("no password for a receiver").isFalse();
        assertThat(jdbc.queryForObject("select password_hash from user_account where username = 'varsling'",
                String.class)).isEqualTo(receiverHash);
    }

    @Test
    void leader_of_another_unit_opening_a_confidential_deviation_by_url_sees_nothing_of_it() {
        TestSecurity.runAs("ansatt", Roles.EMPLOYEE);
        String title = "Fortrolig " + UUID.randomUUID().toString().substring(0, 8);
        String description = "Elev med diagnose fikk anfall " + UUID.randomUUID().toString().substring(0, 8);
        Long id = deviations.report(new DeviationDraft(title, description, LocalDateTime.now().minusHours(1),
                deviations.defaultUnitId().orElseThrow(), null, deviations.categories().getFirst().getId(),
                Severity.HIGH, null, true)).id();
        TestSecurity.clear();
        long readsBefore = jdbc.queryForObject("select count(*) from deviation_read_log where deviation_id = ?",
                Long.class, id);

        Page page = loginAs("leder2");
        assertThat(open(page, url("avvik/" + id))).as("HTTP status, as for an unknown id").isEqualTo(403);
        assertThat(open(page, url("avvik/999999999"))).as("unknown id").isEqualTo(403);
        open(page, url("avvik/" + id));
        shot(page, "leader2-confidential");
        String shown = page.locator("body").innerText();
        assertThat(shown).doesNotContain(title).doesNotContain(description);
        assertThat(page.locator("#confidential-notice").count()).isZero();
        assertThat(page.locator("#history-grid").count()).isZero();
        assertRefusalShown(page, "avvik/" + id);
        assertThat(jdbc.queryForObject("select count(*) from deviation_read_log where deviation_id = ?", Long.class,
                id)).as("no read happened").isEqualTo(readsBefore);
    }
}
