package no.kommune.portal.deviations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.OrgUnit;
import no.kommune.portal.organisation.OrgUnitType;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UserAccount;
import no.kommune.portal.testsupport.ServiceTest;
import no.kommune.portal.testsupport.TestSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The list's row count is kept per filter and reader (issue 15) and must still be right for each reader. */
class DeviationCountTest extends ServiceTest {

    @Autowired DeviationService deviations;
    @Autowired OrgFixtures org;

    OrgUnit school;
    OrgUnit kindergarten;
    UserAccount schoolLeader;
    UserAccount kindergartenLeader;
    UserAccount employee;

    @BeforeEach
    void data() {
        OrgUnit area = org.unit("Oppvekst", OrgUnitType.SERVICE_AREA, org.municipality());
        school = org.unit("Skole", OrgUnitType.UNIT, area);
        kindergarten = org.unit("Barnehage", OrgUnitType.UNIT, area);
        schoolLeader = org.user("rektor", Roles.LEADER);
        kindergartenLeader = org.user("styrer", Roles.LEADER);
        employee = org.user("ansatt", Roles.EMPLOYEE);
        org.lead(schoolLeader, school);
        org.lead(kindergartenLeader, kindergarten);
        org.memberOf(employee, school);
    }

    private void report(String title) {
        TestSecurity.runAs(employee.getUsername(), Roles.EMPLOYEE);
        Long category = deviations.categories().getFirst().getId();
        deviations.report(new DeviationDraft(title, "Hendelse", LocalDateTime.now().minusHours(1), school.getId(), null,
                category, Severity.MEDIUM, null, false));
    }

    @Test
    void a_new_deviation_is_counted_at_the_next_count() {
        TestSecurity.runAs(schoolLeader.getUsername(), Roles.LEADER);
        long before = deviations.count(DeviationFilter.all());

        report("Glatt trapp ved inngangen");

        TestSecurity.runAs(schoolLeader.getUsername(), Roles.LEADER);
        assertThat(deviations.count(DeviationFilter.all())).isEqualTo(before + 1);
    }

    @Test
    void a_leader_never_gets_another_leaders_count() {
        report("Knust vindu i klasserommet");
        TestSecurity.runAs(schoolLeader.getUsername(), Roles.LEADER);
        long school = deviations.count(DeviationFilter.all());

        TestSecurity.runAs(kindergartenLeader.getUsername(), Roles.LEADER);
        long kindergarten = deviations.count(DeviationFilter.all());

        assertThat(school).isPositive();
        assertThat(kindergarten).isLessThan(school);
    }

    @Test
    void a_leader_who_takes_over_a_unit_counts_its_deviations_at_once() {
        report("Manglende rutine for nøkler");
        TestSecurity.runAs(kindergartenLeader.getUsername(), Roles.LEADER);
        long before = deviations.count(DeviationFilter.all());

        org.lead(kindergartenLeader, school);

        TestSecurity.runAs(kindergartenLeader.getUsername(), Roles.LEADER);
        assertThat(deviations.count(DeviationFilter.all())).isGreaterThan(before);
    }
}
