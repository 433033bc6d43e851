package no.kommune.portal.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import no.kommune.portal.testsupport.Chromium;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 11 journeys in real Chromium, through the login, on the demo data: a committee member filters the
 * delayed mandates of her body and exports them; management orders the report pack for the open period and
 * opens it. Each saves its last screen in docs/screenshots/.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
@ActiveProfiles({"test", "demotest"})
class FollowUpJourneysBrowserTest {

    private static final Path SCREENSHOTS = Path.of("docs/screenshots");

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

    private Page loginAs(String username) {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1366, 900).setAcceptDownloads(true));
        page.setDefaultTimeout(60_000);
        Chromium.signIn(page, "http://localhost:" + port + "/login", username);
        return page;
    }

    private static long number(Locator locator) {
        return Long.parseLong(locator.textContent().replaceAll("\\D", ""));
    }

    @Test
    void a_committee_member_filters_the_delayed_mandates_of_her_body_and_exports_them() throws Exception {
        Page page = loginAs("politiker");
        // her start page: the council's card says how many mandates are delayed, and links to them
        Locator council = page.locator("#start-body-1");
        council.waitFor();
        Locator delayedFigure = council.locator("a.portal-figure[href*='forsinket']");
        long onStartPage = number(delayedFigure.locator(".portal-figure-value"));
        assertThat(onStartPage).isPositive();
        delayedFigure.click();

        page.waitForURL("**/oppfolging?**");
        Locator grid = page.locator("#follow-up-grid");
        grid.locator("vaadin-grid-cell-content").first().waitFor();
        assertThat(page.locator("#filter-delayed").getAttribute("checked")).isNotNull();
        long counter = number(page.locator("#count-DELAYED .portal-count"));
        assertThat(counter).as("Forsinket counter = start page figure").isEqualTo(onStartPage);
        page.waitForCondition(() -> ((Number) grid.evaluate("g => g.size")).longValue() == counter);

        page.locator("#export-csv").click();
        Locator link = page.locator("a[download]:has-text('oppfolging-oppdrag.csv')");
        link.waitFor();
        Download download = page.waitForDownload(link::click);
        byte[] bytes = Files.readAllBytes(download.path());
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<String> lines = Arrays.stream(csv.split("\r\n")).filter(l -> !l.isEmpty()).toList();
        assertThat(lines.getFirst()).startsWith("Organ;Saksnr.;Vedtak;Opprinnelig vedtatt;");
        assertThat(lines).hasSize((int) counter + 1);
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l).startsWith("Kommunestyret;"));

        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("oppfolging-forsinket-eksport.png")));

        // a status counter is a button for the keyboard too: Enter filters by its state and the focus stays on it
        page.locator("#count-ON_TRACK").focus();
        page.keyboard().press("Enter");
        page.waitForCondition(() -> page.locator("#filter-status input").inputValue()
                .equals(page.locator("#count-ON_TRACK").textContent().replaceAll("^[\\d\\s]+", "")));
        assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("count-ON_TRACK");

        // the rarely used filters are behind "Flere filtre": opened, the panel shows them and the toggle says so
        Locator toggle = page.locator("#more-filters");
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
        toggle.click();
        page.locator("#more-filters-panel #filter-earlier-years").waitFor();
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(toggle.textContent()).isEqualTo("Færre filtre");
    }

    @Test
    void management_orders_the_report_pack_for_the_open_period_and_opens_it() throws Exception {
        Page page = loginAs("direktor");
        page.navigate("http://localhost:" + port + "/rapporter");
        Locator period = page.locator("#report-period input");
        period.waitFor();
        assertThat(period.inputValue()).isEqualTo("2. tertial 2026 – åpen");
        assertThat(page.locator("#report-coverage").textContent())
                .contains("Rapportpakken gjelder 2. tertial 2026 (01.05.2026–31.08.2026)", "Perioden er åpen");

        page.locator("#generate-report-pack").click();
        Locator link = Chromium.awaitReportPack(page);
        assertThat(page.locator("#report-packs").textContent()).contains("2. tertial 2026");
        Download download = page.waitForDownload(link::click);
        download.saveAs(Path.of("target/browser-rapportpakke.pdf"));
        String text;
        try (var pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Rapportpakke – 2. tertial 2026",
                "Perioden rapporten gjelder: 2. tertial 2026 (01.05.2026–31.08.2026). Perioden er åpen");
        String council = text.substring(text.indexOf("Oppfølging av vedtak og oppdrag"));
        assertThat(council).contains("Kommunestyret", "Oppdrag", "Beskrivelse", "Status", "Saksref",
                "Oppdragseier", "Ansvarlig", "FORSINKET");

        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("rapportpakke-aapen-periode.png")));
    }
}
