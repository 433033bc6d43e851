package no.kommune.portal.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.UUID;
import no.kommune.portal.testsupport.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The four everyday journeys with the keyboard alone (WCAG 2.1.1): after the page is open, only Tab, arrows,
 * Space, Enter and typing are used, never a mouse click. Each step says which element focus must reach, so a
 * control that cannot be reached or that loses focus fails the test.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demotest"})
class KeyboardJourneysBrowserTest {

    private static PortalBrowser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void checkChromium() {
        Chromium.assumeInstalled();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private PortalBrowser browser() {
        if (browser == null) {
            browser = new PortalBrowser(port);
        }
        return browser;
    }

    @Test
    void skip_link_is_the_first_tab_stop_and_moves_focus_to_the_main_content() {
        Page page = browser().signedIn("leder", 1366, 900);
        browser().open(page, "mine-oppdrag");

        page.keyboard().press("Tab");
        assertThat(Keyboard.focusedText(page)).isEqualTo("Hopp til hovedinnhold");
        assertThat(page.locator(".portal-skip-link").boundingBox().y).as("visible when focused").isGreaterThanOrEqualTo(0);
        page.keyboard().press("Enter");
        assertThat(Keyboard.focusIsIn(page, "main#main-content")).isTrue();
        page.context().close();
    }

    @Test
    void leader_updates_the_status_of_her_mandate_with_the_keyboard() {
        Page page = browser().signedIn("leder", 1366, 900);
        browser().open(page, "mine-oppdrag");
        String statusText = "Oppdatert med tastatur " + UUID.randomUUID().toString().substring(0, 6);

        Keyboard.tabToGridBody(page, "#my-mandates-grid");
        Keyboard.enterCellButtonOnRowWith(page, "Oppdater status");
        page.keyboard().press("Space"); // in a grid cell Enter belongs to the grid; Space presses the button
        page.locator("#status-save").waitFor();

        Keyboard.tabTo(page, "#status-text");
        page.keyboard().press("ControlOrMeta+A");
        page.keyboard().type(statusText);
        Keyboard.tabTo(page, "#status-save");
        page.keyboard().press("Enter");
        PortalBrowser.settle(page);

        assertThat(page.locator("#my-mandates-grid").textContent()).contains(statusText);
        page.waitForTimeout(800); // the dialog's closing, then the view moves focus back to the list
        assertThat(Keyboard.focusIsIn(page, "#my-mandates-grid")).as("after saving, focus is back in the list")
                .isTrue();
        page.context().close();
    }

    @Test
    void leader_answers_a_checklist_question_with_the_keyboard_and_focus_stays_on_the_question() {
        Page page = browser().signedIn("leder", 1366, 900);
        browser().open(page, "internkontroll/mine");
        Keyboard.tabToGridBody(page, "#my-checklists-grid");
        Keyboard.enterCellButtonOnRowWith(page, "Svar"); // an open checklist, not a submitted one ("Vis")
        page.keyboard().press("Enter");
        page.waitForURL(u -> u.contains("internkontroll/sjekkliste"));
        PortalBrowser.settle(page);
        String firstQuestion = page.locator("vaadin-radio-group[id^=answer-]").first().getAttribute("id");

        Keyboard.tabTo(page, "#" + firstQuestion.replace(".", "\\."));
        page.keyboard().press("Space"); // choose the focused option (Ja unless already answered)
        PortalBrowser.settle(page);
        String chosen = page.locator("#" + firstQuestion.replace(".", "\\.") + " vaadin-radio-button[checked]")
                .textContent();
        assertThat(Keyboard.focusIsIn(page, "#" + firstQuestion.replace(".", "\\.")))
                .as("saving the answer must not throw focus away").isTrue();
        page.keyboard().press("Tab");
        assertThat(Keyboard.focusIsIn(page, "#comment-" + firstQuestion.substring("answer-".length()).replace(".", "\\.")))
                .as("Tab goes on to the question's comment").isTrue();

        page.reload();
        PortalBrowser.settle(page);
        assertThat(page.locator("#" + firstQuestion.replace(".", "\\.") + " vaadin-radio-button[checked]")
                .textContent()).as("the answer was saved").isEqualTo(chosen);
        page.context().close();
    }

    @Test
    void employee_reports_a_deviation_with_the_keyboard() {
        Page page = browser().signedIn("ansatt", 1366, 900);
        browser().open(page, "avvik/ny");

        Keyboard.tabTo(page, "#deviation-title");
        page.keyboard().type("Løs rekkverk i trappen");
        Keyboard.tabTo(page, "#deviation-description");
        page.keyboard().type("Rekkverket i andre etasje sitter løst.");
        Keyboard.tabTo(page, "#deviation-category");
        page.keyboard().press("ArrowDown"); // opens the list
        page.waitForTimeout(500);
        page.keyboard().press("ArrowDown"); // onto the first category
        page.keyboard().press("Enter");
        PortalBrowser.settle(page);
        assertThat(page.locator("#deviation-category input").inputValue()).as("a category chosen by keyboard")
                .isNotBlank();
        Keyboard.tabTo(page, "#report-submit");
        page.keyboard().press("Enter");
        PortalBrowser.settle(page);

        page.waitForCondition(() -> page.url().contains("kvittering") || page.locator("#receipt").isVisible(),
                new Page.WaitForConditionOptions().setTimeout(30_000));
        assertThat(page.locator("main").textContent()).contains("Røros skole");
        page.context().close();
    }

    @Test
    void anyone_reports_whistleblowing_on_the_public_form_with_the_keyboard() {
        Page page = browser().newPage(1366, 900);
        browser().open(page, "varsle");

        Keyboard.tabTo(page, "#wb-subject");
        page.keyboard().type("Forskjellsbehandling");
        Keyboard.tabTo(page, "#wb-description");
        page.keyboard().type("Beskrivelse skrevet med tastaturet alene.");
        Keyboard.tabTo(page, "#wb-send");
        page.keyboard().press("Enter");

        page.locator("#receipt-code").waitFor();
        assertThat(page.locator("#receipt-code").textContent()).isNotBlank();
        page.context().close();
    }
}
