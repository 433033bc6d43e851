package no.kommune.portal.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The decisions journeys of issue 11 in real Chromium, through the login, with the demo municipality: a leader
 * updates her mandate in "Mine oppdrag"; management registers a decision, corrects its deadline with a reason and
 * closes it with the leader (leader reports done, management confirms); management imports a file with one bad
 * row and sees that row's message. Each saves its last screen in docs/screenshots/.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
@ActiveProfiles({"test", "demotest"})
class DecisionJourneysBrowserTest {

    private static final Path SCREENSHOTS = Path.of("docs/screenshots");

    private static Chromium chromium;
    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    MandateRepository mandates;

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

    @Test
    void a_leader_updates_the_status_of_her_mandate_in_my_mandates() {
        Page page = loginAs("leder");
        page.navigate(url("/mine-oppdrag"));
        Locator grid = page.locator("#my-mandates-grid");
        grid.locator("vaadin-button:not([disabled])").first().click();

        String text = "Status meldt fra nettleseren " + System.nanoTime();
        chooseInSelect(page, "#status-select", "I arbeid");
        page.locator("#status-text textarea").fill(text);
        page.locator("#status-save").click();

        page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("lagret")).first()
                .waitFor();
        grid.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(text)).first().waitFor();
        assertThat(grid.locator("vaadin-grid-cell-content").allTextContents()).contains(text)
                .anySatisfy(cell -> assertThat(cell).contains("I arbeid"));
        screenshot(page, "mine-oppdrag-status-oppdatert.png");
        page.context().close();
    }

    @Test
    void management_registers_corrects_and_with_the_leader_closes_a_mandate() {
        String title = "Kartlegge skolebehov " + System.nanoTime();
        Page director = loginAs("direktor");
        director.navigate(url("/vedtak/ny"));
        chooseInComboBox(director, "#decision-body", "Kommunestyret");
        director.locator("#decision-case-numbers input").fill("PS-" + (System.nanoTime() % 900 + 100) + "/27");
        director.locator("#decision-title input").fill("Skolebruksplan 2027");
        director.locator(".mandate-title input").fill(title);
        fillDate(director, ".mandate-deadline input", "31.12.2027");
        chooseInComboBox(director, ".mandate-responsibles", "Marit Trollerud");
        director.keyboard().press("Escape");
        director.locator("#save-decision").click();
        director.waitForURL("**/oppfolging");

        Long mandateId = mandates.findAll().stream().filter(m -> m.getTitle().equals(title)).findFirst()
                .orElseThrow().getId();
        director.navigate(url("/oppfolging/oppdrag/" + mandateId));
        assertThat(director.locator("main h2").first().textContent()).contains(title);
        assertThat(director.content()).contains("31.12.2027");

        director.locator("#correct-decision").click();
        director.waitForURL("**/vedtak/rediger/**");
        fillDate(director, ".mandate-correction .mandate-deadline input", "30.06.2028");
        director.locator(".mandate-correction .save-mandate-correction").first().click();
        director.locator(".mandate-reason[invalid]").first().waitFor();
        assertThat(director.locator(".mandate-reason").first().textContent()).contains("Skriv hvorfor fristen endres");
        director.locator(".mandate-reason textarea").first().fill("Kartleggingen venter på ny elevtallsprognose");
        director.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/browser-correct-decision.png")));
        director.locator(".mandate-correction .save-mandate-correction").first().click();
        director.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("Lagret"))
                .first().waitFor();

        director.navigate(url("/oppfolging/oppdrag/" + mandateId));
        Locator corrections = director.locator("#mandate-corrections vaadin-grid-cell-content");
        corrections.filter(new Locator.FilterOptions().setHasText("30.06.2028")).first().waitFor();
        assertThat(corrections.allTextContents()).contains("Kjersti Forbord Jensås", "Frist",
                "31.12.2027 → 30.06.2028", "Kartleggingen venter på ny elevtallsprognose");

        Page leader = loginAs("leder");
        leader.navigate(url("/oppfolging/oppdrag/" + mandateId));
        leader.locator("#update-status").click();
        chooseInSelect(leader, "#status-select", "Ferdig");
        leader.locator("#status-text textarea").fill("Kartleggingen er gjennomført og lagt fram");
        leader.locator("#status-save").click();
        leader.locator("vaadin-notification-card").first().waitFor();
        leader.context().close();

        director.navigate(url("/oppfolging/oppdrag/" + mandateId));
        director.locator("#confirm-done").click();
        director.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("bekreftet"))
                .first().waitFor(new Locator.WaitForOptions().setTimeout(30_000));
        director.navigate(url("/oppfolging/oppdrag/" + mandateId));
        director.locator("#mandate-history").waitFor();
        assertThat(director.locator("#confirm-done").count()).as("closed: nothing left to confirm").isZero();
        assertThat(director.locator("#mandate-history vaadin-grid-cell-content").allTextContents())
                .anySatisfy(cell -> assertThat(cell).contains("Ferdig"));
        assertThat(director.locator(".status-done").first().textContent()).as("the status badge").isEqualTo("Ferdig");
        screenshot(director, "vedtak-rettet-og-lukket.png");
        director.context().close();
    }

    @Test
    void management_imports_a_file_with_one_bad_row_and_sees_that_rows_message() throws IOException {
        String title = "Trafikksikkerhetsplan " + System.nanoTime();
        Path file = Files.createTempFile(Path.of("target"), "vedtak-import", ".csv");
        Files.writeString(file, "Organ;Saksnummer;Oppdrag;Frist;Ansvarlig\n"
                + "Kommunestyret;PS-77/27;" + title + ";31.12.2027;Marit Trollerud\n"
                + "Kommunestyret;PS-77/27;;31.04.2027;Marit Trollerud\n", StandardCharsets.UTF_8);
        Page page = loginAs("direktor");
        page.navigate(url("/vedtak/import"));
        page.locator("#import-columns vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("Ja (eller Beskrivelse)")).first().waitFor();
        assertThat(page.locator("#import-columns vaadin-grid-cell-content").allTextContents())
                .contains("Oppdrag", "Organ", "Frist", "Ja (eller Beskrivelse)");

        com.microsoft.playwright.Download template = page.waitForDownload(() -> page.locator("#template-csv").click());
        assertThat(template.suggestedFilename()).isEqualTo("vedtak-mal.csv");
        assertThat(Files.readString(template.path(), StandardCharsets.UTF_8)).startsWith("\uFEFFOrgan;Saksnummer;");

        page.locator("#import-upload input[type=file]").setInputFiles(file);
        page.locator("#run-import:not([disabled])").waitFor();
        assertThat(page.locator("#import-summary").textContent()).contains("2 rader lest: 1 nye", "1 avvist");
        page.locator("#run-import").click();

        Locator result = page.locator("#import-result");
        result.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        page.locator(".rejected-row").first().waitFor();
        assertThat(result.textContent()).contains("1 oppdrag importert", "Linje 3 avvist: Mangler tittel",
                "Linje 3 avvist: Ugyldig dato «31.04.2027»");
        screenshot(page, "vedtak-import-med-avvist-rad.png");
        page.context().close();
        Files.deleteIfExists(file);
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private Page loginAs(String username) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900)
                .setLocale("nb-NO"));
        Page page = context.newPage();
        page.setDefaultTimeout(60_000);
        Chromium.signIn(page, url("/login"), username);
        return page;
    }

    private static void chooseInComboBox(Page page, String selector, String text) {
        page.locator(selector + " input").fill(text);
        page.locator("vaadin-combo-box-item, vaadin-multi-select-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText(text)).first().click();
    }

    private static void chooseInSelect(Page page, String selector, String text) {
        page.locator(selector).click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(text)).first().click();
    }

    private static void fillDate(Page page, String inputSelector, String date) {
        Locator input = page.locator(inputSelector).first();
        input.fill(date);
        input.press("Enter");
    }

    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)).setFullPage(true));
    }
}
