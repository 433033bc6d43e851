package no.kommune.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import no.kommune.portal.testsupport.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 12, "done when": an administrator sets up a municipality from an empty database to a working follow-up list
 * using only the UI and two import files. The portal starts on its own, empty database (no demo data) with only the
 * bootstrap administrator (PORTAL_BOOTSTRAP_ADMIN_*). In Chromium she creates the municipality, imports the
 * organisation chart and the people, sees the checklist's steps done, creates the council, gives the director a
 * password; the director signs in, registers a decision with a mandate and finds it in the follow-up list.
 * Screenshots in target/setup-*.png.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "portal.db.name=portal_setup_browser_test",
        "portal.bootstrap.admin.username=" + MunicipalitySetupBrowserTest.ADMIN,
        "portal.bootstrap.admin.password=" + MunicipalitySetupBrowserTest.ADMIN_PASSWORD})
@ActiveProfiles("test")
class MunicipalitySetupBrowserTest {

    static final String ADMIN = "oppstart.admin";
    static final String ADMIN_PASSWORD = "Fjellvann-Rundtur-2026";
    static final String DIRECTOR_PASSWORD = "Bergstaden-Vinter-2027";

    private static Chromium chromium;
    private static Browser browser;

    @LocalServerPort
    int port;

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

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void an_administrator_sets_up_a_municipality_from_an_empty_database_to_a_working_follow_up_list()
            throws IOException {
        Path chart = file("organisasjonskart", "tjenesteområde;enhet;avdeling;kode;leder_epost\n"
                + "Oppvekst;;;10;\n"
                + "Oppvekst;Skolene;;200;\n"
                + "Oppvekst;Skolene;Røros skole;210;\n"
                + ";Stab og støtte;;100;\n");
        Path people = file("brukere", "navn;e-post;brukernavn;enheter;roller;leder_for\n"
                + "Kari Leder;kari.leder@kommune.no;kari.leder;200;leder|ansatt;10|200\n"
                + "Ola Direktør;ola.direktor@kommune.no;ola.direktor;Stab og støtte;direktør;100\n"
                + "Per Ansatt;per.ansatt@kommune.no;per.ansatt;210;ansatt;\n");

        Page admin = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 1000));
        admin.setDefaultTimeout(30_000);
        signIn(admin, ADMIN, ADMIN_PASSWORD);

        // the checklist of an empty portal: nothing is set up
        admin.navigate(url("/oppsett"));
        assertThat(stepState(admin, "units")).isEqualTo("Mangler");
        assertThat(stepState(admin, "people")).isEqualTo("Mangler");
        screenshot(admin, "setup-1-empty-checklist.png");

        // the municipality, the one unit the chart import needs before it can read a file
        admin.navigate(url("/admin/organisasjonskart"));
        admin.locator("#org-new").click();
        admin.locator("#org-new-name input").fill("Bergstaden kommune");
        admin.locator("#org-dialog-save").click();
        try {
            exact(admin.locator("#org-chart"), "Bergstaden kommune").waitFor();
        } finally {
            screenshot(admin, "setup-1b-municipality.png");
        }

        // file 1: the organisation chart
        admin.navigate(url("/admin/organisasjonskart/import"));
        admin.locator("#import-upload input[type=file]").setInputFiles(chart);
        admin.locator("#run-import:not([disabled])").waitFor();
        assertThat(admin.locator("#import-summary").textContent()).contains("4 rader lest: 4 nye", "0 med feil");
        admin.locator("#run-import").click();
        visible(admin.locator("#import-result"));
        assertThat(admin.locator("#import-result").textContent()).contains("4 enheter opprettet");
        screenshot(admin, "setup-2-org-chart-imported.png");

        // file 2: the people, reached from the user page
        admin.navigate(url("/admin/brukere"));
        admin.locator("#import-users").click();
        admin.waitForURL("**/admin/brukere/import");
        admin.locator("#import-upload input[type=file]").setInputFiles(people);
        admin.locator("#run-import:not([disabled])").waitFor();
        assertThat(admin.locator("#import-summary").textContent()).contains("3 rader lest: 3 nye", "0 med feil");
        admin.locator("#run-import").click();
        visible(admin.locator("#import-result"));
        assertThat(admin.locator("#import-result").textContent()).contains("3 brukere opprettet, 0 endret");
        screenshot(admin, "setup-3-users-imported.png");

        // the checklist now has the chart, its leaders and the people
        admin.navigate(url("/oppsett"));
        assertThat(stepState(admin, "units")).isEqualTo("Gjort");
        assertThat(stepState(admin, "leaders")).isEqualTo("Gjort");
        assertThat(stepState(admin, "people")).isEqualTo("Gjort");
        assertThat(stepState(admin, "bodies")).isEqualTo("Mangler");

        // the council, so decisions have a body
        admin.navigate(url("/organisasjon"));
        admin.locator("#new-body").click();
        admin.locator("#body-name input").fill("Kommunestyret");
        admin.locator("#body-short-name input").fill("KST");
        admin.locator("#body-save").click();
        exact(admin.locator("#org-bodies"), "Kommunestyret").waitFor();
        admin.navigate(url("/oppsett"));
        assertThat(stepState(admin, "bodies")).isEqualTo("Gjort");
        screenshot(admin, "setup-4-checklist-after-imports.png");

        // imported people have no password: the administrator gives the director one
        admin.navigate(url("/admin/brukere"));
        exact(admin.locator("vaadin-grid"), "Ola Direktør").click();
        admin.locator("#user-password input").fill(DIRECTOR_PASSWORD);
        admin.locator("#user-save").click();
        admin.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("Lagret: Ola Direktør"))
                .first().waitFor();
        admin.locator("#logout").click();
        admin.waitForURL("**/login");
        admin.close();

        // the director registers a decision with a mandate for the school leader
        Page director = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 1000));
        director.setDefaultTimeout(30_000);
        signIn(director, "ola.direktor", DIRECTOR_PASSWORD);
        director.navigate(url("/vedtak/ny"));
        chooseInComboBox(director, "#decision-body", "Kommunestyret");
        director.locator("#decision-case-numbers input").fill("PS-1/27");
        director.locator("#decision-title input").fill("Skolebruksplan for Bergstaden");
        String mandate = "Utrede ny skolestruktur";
        director.locator(".mandate-title input").fill(mandate);
        Locator deadline = director.locator(".mandate-deadline input").first();
        deadline.fill("31.12.2027");
        deadline.press("Enter");
        chooseInComboBox(director, ".mandate-responsibles", "Kari Leder");
        director.keyboard().press("Escape");
        screenshot(director, "setup-5-register-decision.png");
        director.locator("#save-decision").click();

        director.waitForURL("**/oppfolging");
        director.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(mandate)).first()
                .waitFor();
        screenshot(director, "setup-6-follow-up-list.png");
        director.close();
    }

    private void signIn(Page page, String username, String password) {
        page.navigate(url("/login"));
        page.locator("#vaadinLoginUsername input").fill(username);
        page.locator("#vaadinLoginPassword input").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.waitForURL(u -> !u.contains("/login"));
    }

    /** "Gjort", "Mangler" or "Valgfritt": the state badge of a checklist step. */
    private static String stepState(Page page, String key) {
        Locator state = page.locator("#setup-" + key + " .portal-setup-state");
        state.waitFor();
        return state.textContent().strip();
    }

    private static Locator exact(Locator within, String text) {
        return within.getByText(text, new Locator.GetByTextOptions().setExact(true)).first();
    }

    private static void visible(Locator locator) {
        locator.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
    }

    private static void chooseInComboBox(Page page, String selector, String text) {
        page.locator(selector + " input").fill(text);
        page.locator("vaadin-combo-box-item, vaadin-multi-select-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText(text)).first().click();
    }

    private static Path file(String name, String content) throws IOException {
        Path file = Files.createTempFile(Path.of("target"), name, ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", name)).setFullPage(true));
    }
}
