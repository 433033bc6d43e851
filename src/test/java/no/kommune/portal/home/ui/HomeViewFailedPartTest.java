package no.kommune.portal.home.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Clock;
import java.util.List;
import no.kommune.portal.home.StartPageCache;
import no.kommune.portal.home.StartPageCard;
import no.kommune.portal.home.StartPageContributor;
import no.kommune.portal.home.StartPageService;
import no.kommune.portal.organisation.CurrentUser;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A start-page part that cannot be loaded is named on the page, never silently missing (issue 15). */
class HomeViewFailedPartTest extends KaribuTest {

    @Autowired CurrentUser currentUser;
    @Autowired StartPageCache cache;
    @Autowired Clock clock;

    @Test
    void a_failing_part_is_announced_above_the_cards_that_did_load() {
        login("kvalitet-feil", Roles.QUALITY);
        StartPageContributor broken = new no.kommune.portal.deviations.BrokenStartPage();
        StartPageContributor working = () -> List.of(StartPageCard.of(Roles.QUALITY, 1, "start-works", "home.nothing",
                List.of()));
        StartPageService service = new StartPageService(List.of(broken, working), cache, currentUser, clock);

        HomeView view = new HomeView(currentUser, service);
        // what the router does on every visit (the view reads the cards there, not in its constructor)
        view.beforeEnter(null);
        UI.getCurrent().add(view);

        Paragraph notice = _get(view, Paragraph.class, spec -> spec.withId("home-failed-deviations"));
        assertThat(notice.getText()).isEqualTo(UI.getCurrent().getTranslation("home.failedPart",
                UI.getCurrent().getTranslation("home.part.deviations")));
        assertThat(notice.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(_get(view, com.vaadin.flow.component.html.Div.class, spec -> spec.withId("start-works"))).isNotNull();
    }
}
