package no.kommune.portal.checklists;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import no.kommune.portal.home.StartPageCard;
import no.kommune.portal.home.StartPageService;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.OrgUnit;
import no.kommune.portal.organisation.OrgUnitType;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UserAccount;
import no.kommune.portal.testsupport.ServiceTest;
import no.kommune.portal.testsupport.TestSecurity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Internal control on the start pages: a leader's unsubmitted checklists, quality's newest round. */
class ChecklistStartPageTest extends ServiceTest {

    @Autowired StartPageService startPage;
    @Autowired ChecklistFixtures fixtures;
    @Autowired OrgFixtures org;

    private static StartPageCard card(List<StartPageCard> cards, String id) {
        return cards.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void a_leader_sees_her_unsubmitted_checklists_and_quality_the_newest_round() {
        OrgUnit area = org.unit("Helse", OrgUnitType.SERVICE_AREA, org.municipality());
        OrgUnit home = org.unit("Sykehjem", OrgUnitType.UNIT, area);
        OrgUnit care = org.unit("Hjemmetjeneste", OrgUnitType.UNIT, area);
        UserAccount leader = org.user("leder", Roles.LEADER);
        org.lead(leader, area);
        String roundName = OrgFixtures.unique("Runde");
        fixtures.round(fixtures.template(), roundName, LocalDate.now().plusDays(20), List.of(home.getId(), care.getId()));

        TestSecurity.runAs(leader.getUsername(), Roles.LEADER);
        StartPageCard.Figure toSubmit = card(startPage.cards(), "start-my-checklists").figures().getFirst();
        assertThat(toSubmit.value()).isEqualTo(2);
        assertThat(toSubmit.link().href()).isEqualTo("internkontroll/mine");

        TestSecurity.runAs("kvalitet-start", Roles.QUALITY);
        StartPageCard round = card(startPage.cards(), "start-checklist-round-QUALITY");
        assertThat(round.subtitle()).isEqualTo(roundName);
        assertThat(round.figures()).filteredOn(f -> f.label().equals("checklists.start.checklists"))
                .singleElement().extracting(StartPageCard.Figure::value).isEqualTo(2L);
        assertThat(round.figures()).filteredOn(f -> f.label().equals(area.getName()))
                .singleElement().extracting(StartPageCard.Figure::value).isEqualTo(0L);
    }
}
