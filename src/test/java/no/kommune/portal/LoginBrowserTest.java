package no.kommune.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
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
 * Smoke test in real Chromium (Debian's package; Playwright's own browser download cannot work here):
 * open the login page, log in as the demo leader, see the start page, log out.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demotest"})
class LoginBrowserTest {

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

    @Test
    void demo_leader_logs_in_and_sees_the_leader_start_page() {
        Page page = browser.newPage();
        page.setDefaultTimeout(60_000);
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                System.out.println("Browser console error: " + m.text());
            }
        });
        page.navigate("http://localhost:" + port + "/");

        page.waitForURL("**/login");
        try {
            page.locator("#vaadinLoginUsername input").fill("leder");
        } catch (RuntimeException e) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/browser-login-failure.png")));
            throw e;
        }
        page.locator("#vaadinLoginPassword input").fill("demo");
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();

        page.locator("#home-LEADER").waitFor();
        assertThat(page.locator("h2").first().textContent()).contains("Marit Trollerud");
        assertThat(page.locator("vaadin-side-nav-item").allTextContents()).doesNotContain("Brukere");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/browser-leader-home.png")));

        page.locator("#logout").click();
        page.waitForURL("**/login");
    }

    @Test
    void wrong_password_shows_the_error_and_stays_on_login() {
        Page page = browser.newPage();
        page.setDefaultTimeout(60_000);
        page.navigate("http://localhost:" + port + "/login");
        page.locator("#vaadinLoginUsername input").fill("leder");
        page.locator("#vaadinLoginPassword input").fill("feil-passord");
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();

        page.waitForURL("**/login?error");
        assertThat(page.locator("vaadin-login-form").getAttribute("error")).isNotNull();
    }

    private Page loginAs(String username) {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 1000));
        page.setDefaultTimeout(60_000);
        Chromium.signIn(page, "http://localhost:" + port + "/login", username);
        return page;
    }

    @Test
    void quality_opens_the_checklist_overview_of_the_demo_municipality() {
        Page page = loginAs("kvalitet");
        page.navigate("http://localhost:" + port + "/internkontroll");

        page.locator("#heatmap").waitFor();
        page.locator("#bar-chart svg").first().waitFor();
        assertThat(page.locator("#service-area-grid").isVisible()).isTrue();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/browser-checklist-overview.png"))
                .setFullPage(true));
    }

    @Test
    void management_orders_the_report_pack_and_gets_a_download_link_while_the_page_stays_usable() {
        Page page = loginAs("direktor");
        page.locator("#home-MANAGEMENT").waitFor();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/browser-management-home.png"))
                .setFullPage(true));
        page.navigate("http://localhost:" + port + "/rapporter");

        page.locator("#generate-report-pack").click();
        Chromium.awaitReportPack(page);
        assertThat(page.locator("#report-packs a[download]").first().textContent()).contains("Last ned");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/browser-report-pack.png")));
    }

    @Test
    void an_employee_reports_a_deviation_in_under_a_minute_and_gets_a_receipt() {
        Page page = loginAs("ansatt");
        page.navigate("http://localhost:" + port + "/avvik/ny");

        page.locator("#deviation-title input").fill("Glatt trapp ved hovedinngangen");
        page.locator("#deviation-description textarea").fill("Elev skled på isen, ingen skade. Strødd etterpå.");
        page.locator("#deviation-category input").click();
        page.locator("vaadin-combo-box-item").first().click();
        page.locator("#report-submit").click();

        page.waitForURL("**/avvik/kvittering/**");
        page.locator("#receipt").waitFor();
        assertThat(page.locator("#receipt").textContent()).contains("Røros skole").contains("Hva skjer nå");
        page.locator("#report-another").click();
        page.waitForURL("**/avvik/ny");
        assertThat(page.locator("#deviation-title input").inputValue()).as("the form is ready for the next")
                .isEmpty();
        assertThat(page.locator("#deviation-title").getAttribute("invalid")).as("an empty new form is no error")
                .isNull();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/browser-deviation-receipt.png")));
    }
}
