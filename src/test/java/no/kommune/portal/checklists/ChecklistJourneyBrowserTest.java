package no.kommune.portal.checklists;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.LocalDate;
import no.kommune.portal.base.Formats;
import no.kommune.portal.checklists.ChecklistViews.InstanceDetail;
import no.kommune.portal.checklists.ChecklistViews.InstanceRow;
import no.kommune.portal.checklists.ChecklistViews.QuestionAnswer;
import no.kommune.portal.checklists.ChecklistViews.Tally;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.testsupport.Chromium;
import no.kommune.portal.testsupport.TestSecurity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Journey (issue 11): a leader answers her unit's checklist, a Nei needs an action before she can submit, she
 * adds one and submits; quality reads the overview with the new count. Real Chromium through the login, on the
 * demo municipality; the last screen is saved to docs/screenshots/.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demotest"})
class ChecklistJourneyBrowserTest {

    private static Chromium chromium;
    private static Browser browser;

    @LocalServerPort
    int port;
    @Autowired ChecklistService service;
    @Autowired ApplicationContext context;

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

    private static Locator byId(Page page, String id) {
        return page.locator("[id='" + id + "']");
    }

    @Test
    void leader_answers_nei_adds_an_action_submits_and_quality_reads_the_overview() {
        // the demo leader's checklist that is fully answered but not yet submitted (read through the service)
        TestSecurity.useStrategyOf(context);
        TestSecurity.runAs("leder", Roles.LEADER);
        InstanceRow open = service.myPage(0, 100).stream()
                .filter(r -> r.state() == ChecklistInstance.State.OPEN)
                .filter(r -> {
                    InstanceDetail d = service.instance(r.id());
                    return d.answered() == d.total();
                }).findFirst().orElseThrow();
        QuestionAnswer yes = service.instance(open.id()).areas().stream().flatMap(a -> a.questions().stream())
                .filter(q -> q.answer() == AnswerValue.YES).findFirst().orElseThrow();
        TestSecurity.runAs("kvalitet", Roles.QUALITY);
        Tally before = service.overview(open.roundId()).overall().tally();
        TestSecurity.clear();

        Page leader = loginAs("leder");
        leader.navigate("http://localhost:" + port + "/internkontroll/sjekkliste/" + open.id());
        byId(leader, "answer-" + yes.itemNo()).locator("vaadin-radio-button")
                .filter(new Locator.FilterOptions().setHasText("Nei")).click();
        byId(leader, "missing-actions").waitFor();
        assertThat(byId(leader, "missing-actions").textContent()).contains(yes.itemNo());
        assertThat(byId(leader, "action-need-" + yes.itemNo()).textContent()).startsWith("Mangler tiltak");

        leader.locator("#submit").click();
        assertThat(leader.locator("#instance-state").textContent()).isNotEqualTo("Sendt inn");

        byId(leader, "add-action-" + yes.itemNo()).click();
        leader.locator("#action-title input").fill("Oppdatere rutinen og gå gjennom den på personalmøtet");
        leader.locator("#action-owner input").fill("Marit");
        leader.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Marit Trollerud"))
                .first().click();
        leader.locator("#action-deadline input").fill(Formats.date(LocalDate.now().plusMonths(2)));
        leader.keyboard().press("Enter");
        leader.locator("#action-save").click();
        leader.locator("#actions-grid").getByText("Oppdatere rutinen").first().waitFor();
        assertThat(byId(leader, "missing-actions").count()).isZero();

        leader.locator("#submit").click();
        // exact: a substring match would also accept "Ikke sendt inn" and close the page before the submit arrived
        leader.locator("#instance-state").getByText("Sendt inn", new Locator.GetByTextOptions().setExact(true))
                .waitFor();
        leader.close();

        Page quality = loginAs("kvalitet");
        quality.navigate("http://localhost:" + port + "/internkontroll?runde=" + open.roundId());
        quality.locator("#overall-summary").waitFor();
        String submitted = (before.submitted() + 1) + " / " + before.checklists();
        assertThat(quality.locator("#overall-summary").textContent()).contains(submitted);
        assertThat(quality.locator("#unit-grid").textContent()).contains(open.unitName());
        quality.screenshot(new Page.ScreenshotOptions().setPath(Path.of("docs/screenshots/checklist-journey.png"))
                .setFullPage(true));
    }
}
