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
}
