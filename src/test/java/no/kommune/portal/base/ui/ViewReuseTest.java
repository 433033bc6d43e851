package no.kommune.portal.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import no.kommune.portal.decisions.DecisionLinks;
import no.kommune.portal.deviations.DeviationLinks;
import no.kommune.portal.deviations.ui.DeviationStatisticsView;
import no.kommune.portal.home.ui.HomeView;
import no.kommune.portal.notifications.Notice;
import no.kommune.portal.notifications.Notifier;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The router reuses the view and the layout it shows when the user navigates to the same route again (a menu link
 * clicked twice, other query parameters), and MainLayout across all views. That only works when the instances are
 * of the route's own class: a Spring method-security proxy (a CGLIB subclass, from {@code jsr250Enabled}) made the
 * router build a new view and a new layout on every navigation.
 */
class ViewReuseTest extends KaribuTest {

    @Autowired OrgFixtures org;
    @Autowired Notifier notifier;

    @Test
    void navigating_to_the_same_view_again_keeps_the_view_and_the_layout_of_their_own_class() {
        login(org.user("kvalitet", Roles.QUALITY).getUsername(), Roles.QUALITY);

        UI.getCurrent().navigate(DeviationStatisticsView.class);
        List<HasElement> first = chain();
        UI.getCurrent().navigate(DeviationStatisticsView.class);
        List<HasElement> second = chain();

        assertThat(first.get(0).getClass()).isEqualTo(DeviationStatisticsView.class);
        assertThat(first.get(1).getClass()).isEqualTo(MainLayout.class);
        assertThat(second).hasSize(2);
        assertThat(second.get(0)).isSameAs(first.get(0));
        assertThat(second.get(1)).isSameAs(first.get(1));
    }

    @Test
    void the_layout_stays_when_moving_between_views_and_the_view_is_new() {
        login(org.user("kvalitet", Roles.QUALITY).getUsername(), Roles.QUALITY);

        UI.getCurrent().navigate(HomeView.class);
        List<HasElement> home = chain();
        UI.getCurrent().navigate(DeviationStatisticsView.class);
        List<HasElement> statistics = chain();
        UI.getCurrent().navigate(HomeView.class);
        List<HasElement> homeAgain = chain();

        assertThat(home.get(0).getClass()).isEqualTo(HomeView.class);
        assertThat(statistics.get(1)).isSameAs(home.get(1));
        assertThat(homeAgain.get(1)).isSameAs(home.get(1));
        assertThat(homeAgain.get(0)).isNotSameAs(home.get(0));
    }

    @Test
    void the_reused_layout_shows_the_title_and_the_unread_count_of_each_navigation() {
        String user = org.user("kvalitet", Roles.QUALITY).getUsername();
        login(user, Roles.QUALITY);
        UI.getCurrent().navigate(HomeView.class);
        MainLayout layout = (MainLayout) chain().getLast();
        _assertNone(Span.class, spec -> spec.withId("notification-count"));

        notifier.send(new Notice(user, "MANDATE_SENT_BACK", "reuse-" + user, "decisions.notice.sentBack",
                List.of("Skolebruksplan", "Mer tekst"), DecisionLinks.followUp()));
        UI.getCurrent().navigate(DeviationStatisticsView.class);
        assertThat(chain().getLast()).isSameAs(layout);
        assertThat(_get(H1.class, spec -> spec.withClasses("portal-view-title")).getText())
                .isEqualTo(UI.getCurrent().getTranslation("deviations.menu.statistics"));
        assertThat(_get(Span.class, spec -> spec.withId("notification-count")).getText()).isEqualTo("1");

        UI.getCurrent().navigate(HomeView.class);
        assertThat(_get(H1.class, spec -> spec.withClasses("portal-view-title")).getText())
                .isEqualTo(UI.getCurrent().getTranslation("nav.home"));
    }

    @Test
    void the_reused_layout_follows_another_sign_in_in_the_same_window() {
        String quality = org.user("kvalitet", Roles.QUALITY).getUsername();
        String employee = org.user("ansatt", Roles.EMPLOYEE).getUsername();
        login(quality, Roles.QUALITY);
        UI.getCurrent().navigate(HomeView.class);
        assertThat(_get(Span.class, spec -> spec.withClasses("portal-user")).getText()).isEqualTo(quality);
        assertThat(menuPaths()).anyMatch(path -> path.endsWith(DeviationLinks.STATISTICS));

        login(employee, Roles.EMPLOYEE);
        UI.getCurrent().navigate(HomeView.class);
        assertThat(_get(Span.class, spec -> spec.withClasses("portal-user")).getText()).isEqualTo(employee);
        assertThat(menuPaths()).noneMatch(path -> path.endsWith(DeviationLinks.STATISTICS));
    }

    private static List<String> menuPaths() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getPath).toList();
    }

    private static List<HasElement> chain() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain();
    }
}
