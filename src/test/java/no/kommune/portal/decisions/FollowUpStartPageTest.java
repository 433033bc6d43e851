package no.kommune.portal.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import no.kommune.portal.home.StartPageCard;
import no.kommune.portal.home.StartPageService;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.OrgUnit;
import no.kommune.portal.organisation.OrgUnitType;
import no.kommune.portal.organisation.PoliticalBody;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UserAccount;
import no.kommune.portal.testsupport.ServiceTest;
import no.kommune.portal.testsupport.TestSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.AuthenticationException;

/** The follow-up figures on the start pages, for a hand-built set of mandates. */
class FollowUpStartPageTest extends ServiceTest {

    @Autowired StartPageService startPage;
    @Autowired FollowUpService followUp;
    @Autowired FollowUpFigures figures;
    @Autowired OrgFixtures org;
    @Autowired DecisionFixtures fixtures;

    PoliticalBody body;
    OrgUnit area;
    OrgUnit school;
    UserAccount leader;
    UserAccount politician;

    @BeforeEach
    void data() {
        body = fixtures.body();
        OrgUnit kommune = org.municipality();
        area = org.unit("Oppvekst", OrgUnitType.SERVICE_AREA, kommune);
        school = org.unit("Skole", OrgUnitType.UNIT, area);
        leader = org.user("leder", Roles.LEADER);
        politician = org.user("politiker", Roles.POLITICIAN);
        org.seat(body, politician);
        LocalDate today = LocalDate.now();
        fixtures.mandate(body, "Forsinket 1", today.minusDays(5), leader, school);
        fixtures.mandate(body, "Forsinket 2", today.minusDays(40), leader, area);
        fixtures.mandate(body, "Snart", today.plusDays(10), leader, school);
        fixtures.mandate(body, "Senere", today.plusDays(90), leader, school);
        fixtures.mandate(body, "Uten frist", null, leader, school);
    }

    private static StartPageCard card(List<StartPageCard> cards, String id) {
        return cards.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static StartPageCard.Figure figure(StartPageCard card, String label) {
        return card.figures().stream().filter(f -> f.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void leader_sees_her_overdue_due_soon_and_all_mandates_with_links_to_the_lists() {
        TestSecurity.runAs(leader.getUsername(), Roles.LEADER);
        StartPageCard mine = card(startPage.cards(), "start-my-mandates");

        assertThat(figure(mine, "decisions.start.overdue").value()).isEqualTo(2);
        assertThat(figure(mine, "decisions.start.overdue").link().href()).isEqualTo("mine-oppdrag?forsinket");
        assertThat(figure(mine, "decisions.start.dueSoon").value()).isEqualTo(1);
        assertThat(figure(mine, "decisions.start.allMine").value()).isEqualTo(5);
        assertThat(startPage.cards()).noneMatch(c -> c.role().equals(Roles.MANAGEMENT));
    }

    @Test
    void management_sees_open_and_overdue_per_service_area_including_units_below_it() {
        TestSecurity.runAs("direktor", Roles.MANAGEMENT);
        List<StartPageCard> cards = startPage.cards();

        StartPageCard.Figure oppvekst = figure(card(cards, "start-mandates-per-area"), area.getName());
        assertThat(oppvekst.value()).isEqualTo(5);
        assertThat(oppvekst.link().href()).isEqualTo("oppfolging?enhet=" + area.getId());
        StartPageCard perStatus = card(cards, "start-mandates-per-status");
        assertThat(figure(perStatus, "decisions.start.overdue").value())
                .isEqualTo(followUp.count(FollowUpFilter.all().overdue())).isGreaterThanOrEqualTo(2);
        assertThat(card(cards, "start-overdue-per-leader").figures()).isNotEmpty();
    }

    @Test
    void politician_sees_the_follow_up_of_her_own_bodies_only() {
        TestSecurity.runAs(politician.getUsername(), Roles.POLITICIAN);
        List<StartPageCard> cards = startPage.cards();

        StartPageCard mine = card(cards, "start-body-" + body.getId());
        assertThat(mine.title()).isEqualTo(body.getName());
        // the two open mandates past their deadline are Forsinket, on the card as in the list
        assertThat(figure(mine, "decisions.state." + MandateState.OPEN).value()).isEqualTo(3);
        assertThat(figure(mine, "decisions.state." + MandateState.DELAYED).value()).isEqualTo(2);
        assertThat(figure(mine, "decisions.start.overdue").value()).isEqualTo(2);
        assertThat(figure(mine, "decisions.start.overdue").link().href())
                .isEqualTo("oppfolging?organ=" + body.getId() + "&forsinket");
        assertThat(cards).filteredOn(c -> c.role().equals(Roles.POLITICIAN)).hasSize(1);
    }

    @Test
    void the_start_page_needs_a_signed_in_user() {
        assertThatThrownBy(() -> startPage.cards()).isInstanceOf(AuthenticationException.class);
    }

    @Test
    void municipality_wide_figures_are_for_management_only() {
        TestSecurity.runAs(leader.getUsername(), Roles.LEADER);
        assertThatThrownBy(() -> figures.openPerServiceArea())
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> figures.overduePerResponsible(10))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        TestSecurity.runAs("direktor-tall", Roles.MANAGEMENT);
        assertThat(figures.overduePerResponsible(10)).anySatisfy(p -> {
            assertThat(p.name()).isEqualTo(leader.getFullName());
            assertThat(p.overdue()).isGreaterThanOrEqualTo(2);
        });
    }
}
