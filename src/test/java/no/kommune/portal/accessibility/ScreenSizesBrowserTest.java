package no.kommune.portal.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.kommune.portal.testsupport.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Phones (390 × 844), 200 % zoom (a 1280 px window at zoom 2 lays out like 640 CSS px) and the desk sizes of
 * issue 11 (1366 × 768, 1920 × 1080): the menu folds away, the field journeys need no horizontal scrolling,
 * touch targets are at least 44 px, and case number and title are readable. Screenshots of the last screen of
 * each go to docs/screenshots/.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demotest"})
class ScreenSizesBrowserTest {

    private static final Path SHOTS = Path.of("docs/screenshots");
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
    void on_a_phone_the_field_journeys_fit_the_screen_and_the_menu_folds_away() {
        List<String> problems = new ArrayList<>();

        Page employee = browser().signedIn("ansatt", 390, 844);
        browser().open(employee, "avvik/ny");
        assertThat(employee.locator("vaadin-app-layout").getAttribute("overlay")).as("menu is a drawer").isNotNull();
        assertThat(employee.locator("vaadin-app-layout").getAttribute("drawer-opened")).as("and starts closed")
                .isNull();
        check(employee, "phone-deviation-form", problems);
        employee.context().close();

        Page visitor = browser().newPage(390, 844);
        browser().open(visitor, "varsle");
        check(visitor, "phone-whistleblowing-form", problems);
        visitor.context().close();

        Page leader = browser().signedIn("leder", 390, 844);
        browser().open(leader, "mine-oppdrag");
        check(leader, "phone-my-mandates", problems);
        leader.locator("#my-mandates-grid vaadin-button:not([disabled])").first().click();
        leader.locator("#status-save").waitFor();
        PortalBrowser.settle(leader);
        check(leader, "phone-status-update", problems);
        leader.keyboard().press("Escape");
        browser().open(leader, "internkontroll/mine");
        // the grid scrolls sideways on a phone; open the first checklist by its address
        String first = leader.locator("[id^=open-]").first().getAttribute("id").substring("open-".length());
        browser().open(leader, "internkontroll/sjekkliste/" + first);
        check(leader, "phone-checklist-answers", problems);
        leader.context().close();

        assertThat(problems).isEmpty();
    }

    @Test
    void at_200_percent_zoom_pages_reflow_without_horizontal_scrolling() {
        List<String> problems = new ArrayList<>();
        // 1280 px at 200 % zoom is 640 CSS px wide (WCAG 1.4.4 and 1.4.10)
        Page leader = browser().signedIn("leder", 640, 400);
        for (String route : List.of("", "mine-oppdrag", "oppfolging", "avvik/ny", "internkontroll/mine")) {
            browser().open(leader, route);
            noHorizontalScroll(leader, "zoom200 /" + route, problems);
        }
        leader.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("zoom200-checklists.png")));
        leader.context().close();
        assertThat(problems).isEmpty();
    }

    @Test
    void at_desk_sizes_case_numbers_titles_and_buttons_are_not_cut_off() {
        for (int[] size : new int[][] {{1366, 768}, {1920, 1080}}) {
            String name = size[0] + "x" + size[1];
            Page leader = browser().signedIn("leder", size[0], size[1]);
            browser().open(leader, "mine-oppdrag");
            assertNoClippedText(leader, "#my-mandates-grid", "mine-oppdrag " + name);
            leader.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("desk-" + name + "-my-mandates.png")));
            browser().open(leader, "oppfolging");
            assertNoClippedText(leader, "#follow-up-grid", "oppfolging " + name);
            leader.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("desk-" + name + "-follow-up.png")));
            leader.context().close();
        }
    }

    /** No horizontal scrolling, touch targets of 44 px, and a screenshot into docs/screenshots. */
    private void check(Page page, String name, List<String> problems) {
        noHorizontalScroll(page, name, problems);
        Object small = page.evaluate("""
                () => [...document.querySelectorAll('vaadin-button, vaadin-drawer-toggle')]
                  .filter(b => b.offsetParent !== null && !b.closest('[hidden]'))
                  .map(b => b.getBoundingClientRect())
                  .filter(r => r.width > 0 && (r.height < 44 || r.width < 44))
                  .length""");
        if (((Number) small).intValue() > 0) {
            problems.add(name + ": " + small + " buttons smaller than 44 × 44 px");
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    }

    private static void noHorizontalScroll(Page page, String name, List<String> problems) {
        Object overflow = page.evaluate("""
                () => {
                  const doc = document.scrollingElement.scrollWidth - window.innerWidth;
                  // a grid may scroll inside itself (wide tables); Mine oppdrag must fit (two-line layout)
                  const wide = [...document.querySelectorAll('main *, .portal-public-main *, vaadin-dialog-overlay *')]
                    .filter(e => !e.closest('vaadin-grid') || e.closest('#my-mandates-grid'))
                    .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1
                              && getComputedStyle(e).position !== 'fixed'
                              && e.getBoundingClientRect().width > 0)
                    .slice(0, 3).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : ''));
                  return doc > 1 || wide.length ? ('scrolls ' + doc + ' px; too wide: ' + wide.join(', ')) : '';
                }""");
        if (overflow != null && !overflow.toString().isEmpty()) {
            problems.add(name + ": " + overflow);
        }
    }

    /** Every text cell of the grid's first rows shows all of its text (nothing ends in an ellipsis). */
    private static void assertNoClippedText(Page page, String grid, String name) {
        Locator cells = page.locator(grid + " vaadin-grid-cell-content");
        cells.first().waitFor();
        Object clipped = page.evaluate("""
                (grid) => [...document.querySelectorAll(grid + ' vaadin-grid-cell-content')].slice(0, 60)
                  .filter(c => c.scrollWidth > c.clientWidth + 1)
                  .map(c => c.textContent.trim().slice(0, 40))""", grid);
        assertThat((List<?>) clipped).as(name + ": cells cut off").isEmpty();
    }
}
