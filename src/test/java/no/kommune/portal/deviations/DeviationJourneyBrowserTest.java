package no.kommune.portal.deviations;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
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
 * Journey (issue 11): an employee reports a deviation and sees the receipt, her leader forwards it (the dialog
 * names the receiver and refuses HR, where nobody could act), and the receiving leader closes it. Real Chromium
 * through the login, on the demo municipality; the last screen is saved to docs/screenshots/.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demotest"})
class DeviationJourneyBrowserTest {

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
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900)).newPage();
        page.setDefaultTimeout(60_000);
        Chromium.signIn(page, "http://localhost:" + port + "/login", username);
        return page;
    }

    private static void pickUnit(Page page, String name) {
        page.locator("#forward-unit input").fill(name);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(name)).first().click();
    }

    @Test
    void employee_reports_leader_forwards_and_the_receiver_closes() {
        // the employee reports and sees the receipt
        Page employee = loginAs("ansatt");
        employee.navigate("http://localhost:" + port + "/avvik/ny");
        employee.locator("#deviation-title input").fill("Ødelagt nødutgangsskilt i gymsalen");
        employee.locator("#deviation-description textarea").fill("Skiltet over nødutgangen lyser ikke.");
        employee.locator("#deviation-category input").click();
        employee.locator("vaadin-combo-box-item").first().click();
        employee.locator("#report-submit").click();
        employee.waitForURL("**/avvik/kvittering/**");
        String url = employee.url();
        long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
        String receipt = employee.locator("#receipt").textContent();
        assertThat(receipt).contains("Avviksnummer: #" + id).contains("Røros skole").contains("Marit Trollerud")
                .contains("Hva skjer nå");
        employee.close();

        // the leader forwards: HR is refused (nobody there has the leader role), Tekniske områder names Dag Øyen
        Page leader = loginAs("leder");
        leader.navigate("http://localhost:" + port + "/avvik/" + id);
        leader.locator("#action-forward").click();
        pickUnit(leader, "HR");
        leader.locator("#forward-receiver").getByText("Ingen kan motta avviket").waitFor(); // server round trip
        assertThat(leader.locator("#forward-receiver").textContent()).contains("har ikke lederrollen");
        assertThat(leader.locator("#dialog-save").isDisabled()).isTrue();
        pickUnit(leader, "Tekniske områder");
        leader.locator("#forward-receiver").getByText("Mottaker: Dag Øyen").waitFor();
        leader.locator("#forward-comment textarea").fill("Gjelder bygget, ikke skolen");
        leader.locator("#dialog-save").click();
        leader.locator("#detail-handler").getByText("Dag Øyen").waitFor();
        leader.close();

        // the receiving leader closes it
        Page receiver = loginAs("leder2");
        receiver.navigate("http://localhost:" + port + "/avvik/" + id);
        receiver.locator("#action-close").click();
        receiver.locator("#close-cause textarea").fill("Pære gått");
        receiver.locator("#close-measures textarea").fill("Byttet pære, sjekkliste for nødlys");
        receiver.locator("#close-learning textarea").fill("Nødlys sjekkes månedlig");
        receiver.locator("#dialog-save").click();
        receiver.locator("#detail-status").getByText("Lukket").waitFor();
        assertThat(receiver.locator("#detail-status").textContent()).isEqualTo("Lukket");
        assertThat(receiver.locator("#history-grid").textContent()).contains("Videresendt").contains("Lukket")
                .contains("Marit Trollerud").contains("Dag Øyen");
        receiver.screenshot(new Page.ScreenshotOptions().setPath(Path.of("docs/screenshots/deviation-journey.png"))
                .setFullPage(true));
    }
}
