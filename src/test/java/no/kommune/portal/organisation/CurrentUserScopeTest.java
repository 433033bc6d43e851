package no.kommune.portal.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.kommune.portal.testsupport.ServiceTest;
import no.kommune.portal.testsupport.TestSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class CurrentUserScopeTest extends ServiceTest {

    @Autowired OrgFixtures fixtures;
    @Autowired CurrentUser currentUser;

    OrgUnit oppvekst;
    OrgUnit skolene;
    OrgUnit rorosSkole;
    OrgUnit helse;
    UserAccount leader;

    @BeforeEach
    void organisation() {
        OrgUnit kommune = fixtures.municipality();
        oppvekst = fixtures.unit("Oppvekst", OrgUnitType.SERVICE_AREA, kommune);
        skolene = fixtures.unit("Skolene", OrgUnitType.UNIT, oppvekst);
        rorosSkole = fixtures.unit("Røros skole", OrgUnitType.DEPARTMENT, skolene);
        helse = fixtures.unit("Helse", OrgUnitType.SERVICE_AREA, kommune);
        leader = fixtures.user("leder", Roles.LEADER);
        fixtures.lead(leader, oppvekst);
    }

    @Test
    void leader_of_a_service_area_manages_every_unit_below_it() {
        TestSecurity.runAs(leader.getUsername(), Roles.LEADER);

        assertThat(currentUser.ledUnitIds()).contains(oppvekst.getId(), skolene.getId(), rorosSkole.getId())
                .doesNotContain(helse.getId());
        assertThat(currentUser.mayManageUnit(rorosSkole.getId())).isTrue();
        assertThat(currentUser.seesAllUnits()).isFalse();
    }

    @Test
    void leader_may_not_manage_another_service_area() {
        TestSecurity.runAs(leader.getUsername(), Roles.LEADER);

        assertThat(currentUser.mayManageUnit(helse.getId())).isFalse();
        assertThatThrownBy(() -> currentUser.requireMayManageUnit(helse.getId()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void management_sees_and_manages_all_units() {
        UserAccount director = fixtures.user("direktor", Roles.MANAGEMENT);
        TestSecurity.runAs(director.getUsername(), Roles.MANAGEMENT);

        assertThat(currentUser.seesAllUnits()).isTrue();
        assertThat(currentUser.mayManageUnit(helse.getId())).isTrue();
    }

    @Test
    void employee_is_scoped_to_the_units_she_works_in() {
        UserAccount employee = fixtures.user("ansatt", Roles.EMPLOYEE);
        fixtures.memberOf(employee, rorosSkole);
        TestSecurity.runAs(employee.getUsername(), Roles.EMPLOYEE);

        assertThat(currentUser.memberUnitIds()).containsExactly(rorosSkole.getId());
        assertThat(currentUser.ledUnitIds()).isEmpty();
        assertThat(currentUser.mayManageUnit(rorosSkole.getId())).isFalse();
    }

    @Test
    void the_scope_is_read_once_and_kept_until_the_organisation_changes() {
        TestSecurity.runAs(leader.getUsername(), Roles.LEADER);
        var first = currentUser.ledUnitIds();
        assertThat(currentUser.ledUnitIds()).as("kept: the same set, not read again").isSameAs(first);

        fixtures.lead(leader, helse); // a committed change in the organisation

        assertThat(currentUser.ledUnitIds()).as("seen at the next call").contains(helse.getId(), oppvekst.getId());
    }

    @Test
    void a_leader_who_loses_a_unit_loses_its_rows_at_the_next_call() {
        TestSecurity.runAs(leader.getUsername(), Roles.LEADER);
        assertThat(currentUser.mayManageUnit(skolene.getId())).isTrue();

        UserAccount successor = fixtures.user("etterfolger", Roles.LEADER);
        fixtures.lead(successor, oppvekst);

        TestSecurity.runAs(leader.getUsername(), Roles.LEADER);
        assertThat(currentUser.mayManageUnit(skolene.getId())).isFalse();
        assertThat(currentUser.ledUnitIds()).isEmpty();
    }

    @Test
    void two_users_never_share_a_scope() {
        UserAccount other = fixtures.user("annen-leder", Roles.LEADER);
        fixtures.lead(other, helse);
        TestSecurity.runAs(leader.getUsername(), Roles.LEADER);
        assertThat(currentUser.ledUnitIds()).contains(oppvekst.getId()).doesNotContain(helse.getId());

        TestSecurity.runAs(other.getUsername(), Roles.LEADER);
        assertThat(currentUser.ledUnitIds()).containsExactly(helse.getId());
    }
}
