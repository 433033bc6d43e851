package no.kommune.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import no.kommune.portal.testsupport.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The router reuses the view and the layout when one moves inside the application (issue 15: no method-security
 * proxy around the views any more), so a detail page opened for another deviation, the browser's back button and a
 * menu link clicked twice must each show the address's content — in real Chromium, through the login, with the
 * client's own navigation (a link click and history), not full page loads.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demotest"})
class ViewReuseBrowserTest {

    private static Chromium chromium;
    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

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
    void another_deviation_back_and_the_menu_link_twice_each_show_the_address_content() {
        List<Map<String, Object>> two = jdbc.queryForList(
                "SELECT MIN(id) AS id, title FROM deviation GROUP BY title ORDER BY 1 LIMIT 2");
        long first = ((Number) two.get(0).get("id")).longValue();
        long second = ((Number) two.get(1).get("id")).longValue();
        String firstTitle = (String) two.get(0).get("title");
        String secondTitle = (String) two.get(1).get("title");

        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900)).newPage();
        page.setDefaultTimeout(60_000);
        Chromium.signIn(page, "http://localhost:" + port + "/login", "direktor");
        page.navigate("http://localhost:" + port + "/avvik/" + first);
        page.locator("h2").getByText(firstTitle).waitFor();

        // a link inside the application: the client asks the server to navigate, the same view class is reused
        page.evaluate("id => { const a = document.createElement('a'); a.href = 'avvik/' + id; a.id = 'test-link';"
                + " document.body.appendChild(a); a.click(); }", String.valueOf(second));
        page.waitForURL("**/avvik/" + second);
        page.locator("h2").getByText(secondTitle).waitFor();
        assertThat(page.locator("h2").allTextContents()).noneMatch(t -> t.contains(firstTitle));

        page.goBack();
        page.waitForURL("**/avvik/" + first);
        page.locator("h2").getByText(firstTitle).waitFor();
        assertThat(page.locator("h2").allTextContents()).noneMatch(t -> t.contains(secondTitle));

        // the menu link of the list, twice: the list each time, the layout's menu still there
        page.locator("vaadin-side-nav-item").getByText("Avviksbehandling").click();
        page.waitForURL("**/avvik");
        page.locator("#deviation-grid").waitFor();
        page.locator("vaadin-side-nav-item").getByText("Avviksbehandling").click();
        page.locator("#deviation-grid").waitFor();
        assertThat(page.locator("vaadin-side-nav-item").count()).isGreaterThan(3);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/view-reuse-list.png")));
        page.close();
    }
}
