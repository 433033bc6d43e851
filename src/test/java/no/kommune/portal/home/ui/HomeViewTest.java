package no.kommune.portal.home.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.sidenav.SideNavItem;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UserAccount;
import no.kommune.portal.security.ui.LoginView;
import no.kommune.portal.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class HomeViewTest extends KaribuTest {

    @Autowired OrgFixtures fixtures;
    @Autowired no.kommune.portal.decisions.DecisionFixtures decisions;

    @Test
    void leader_lands_on_the_start_page_with_the_leader_section() {
        UserAccount leader = fixtures.user("leder", Roles.LEADER, Roles.EMPLOYEE);
        login(leader.getUsername(), Roles.LEADER, Roles.EMPLOYEE);
        UI.getCurrent().navigate(HomeView.class);

        _assertOne(HomeView.class);
        _assertOne(Div.class, spec -> spec.withId("home-LEADER"));
        _assertOne(Div.class, spec -> spec.withId("home-EMPLOYEE"));
        _assertNone(Div.class, spec -> spec.withId("home-ADMIN"));
    }

    @Test
    void anonymous_visitor_is_sent_to_the_login_page() {
        UI.getCurrent().navigate(HomeView.class);
        _assertNone(HomeView.class);
        _assertOne(LoginView.class);
    }

    @Test
    void menu_shows_only_what_the_role_may_open() {
        login("ansatt-test", Roles.EMPLOYEE);
        UI.getCurrent().navigate(HomeView.class);
        String usersLabel = UI.getCurrent().getTranslation("nav.users");
        _assertNone(SideNavItem.class, spec -> spec.withLabel(usersLabel));

        login("admin-test", Roles.ADMIN);
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate(HomeView.class);
        assertThat(_get(SideNavItem.class, spec -> spec.withLabel(usersLabel)).getPath()).isEqualTo("admin/brukere");
    }

    @Test
    void a_leaders_overdue_figure_links_to_her_overdue_mandates() {
        UserAccount leader = fixtures.user("leder", Roles.LEADER);
        decisions.mandate(decisions.body(), "Forsinket oppdrag", java.time.LocalDate.now().minusDays(1), leader, null);
        login(leader.getUsername(), Roles.LEADER);
        UI.getCurrent().navigate(HomeView.class);

        Div card = _get(Div.class, spec -> spec.withId("start-my-mandates"));
        com.vaadin.flow.component.html.Anchor overdue = com.github.mvysny.kaributesting.v10.LocatorJ
                ._find(card, com.vaadin.flow.component.html.Anchor.class).stream()
                .filter(a -> a.getHref().equals("mine-oppdrag?forsinket")).findFirst().orElseThrow();
        assertThat(overdue.getElement().getTextRecursively()).startsWith("1");
        assertThat(overdue.hasClassName("portal-figure-attention")).isTrue();
    }
}
