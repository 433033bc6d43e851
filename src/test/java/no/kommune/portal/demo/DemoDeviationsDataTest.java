package no.kommune.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import no.kommune.portal.deviations.DeviationRow;
import no.kommune.portal.deviations.DeviationService;
import no.kommune.portal.deviations.DeviationStatistics;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.testsupport.ServiceTest;
import no.kommune.portal.testsupport.TestSecurity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;

/** The demo run reproduces the seeds' deviation totals: 962 in 2024, 819 in 2025, −14,9 %. */
@ActiveProfiles({"test", "demotest"})
class DemoDeviationsDataTest extends ServiceTest {

    @Autowired DeviationStatistics statistics;
    @Autowired DeviationService deviations;

    @Test
    void the_demo_statistics_show_962_to_819() {
        TestSecurity.runAs("kvalitet", Roles.QUALITY);
        DeviationStatistics.Figures f = statistics.year(2025, null);
        assertThat(f.total()).isEqualTo(819);
        assertThat(f.previousTotal()).isEqualTo(962);
        assertThat(f.changePercent()).isEqualByComparingTo(new BigDecimal("-14.9"));
        assertThat(f.byCategory().stream().filter(l -> l.count() > 0)).hasSizeGreaterThanOrEqualTo(5);
        assertThat(f.byUnit()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(f.byStatus()).allSatisfy(l -> assertThat(l.count()).isPositive());
    }

    @Test
    void the_demo_employee_has_own_reports_and_the_leader_a_list() {
        TestSecurity.runAs("ansatt", Roles.EMPLOYEE);
        assertThat(deviations.mine(0, 50)).extracting(DeviationRow::personalData).contains(true, false);
        TestSecurity.runAs("leder", Roles.LEADER);
        assertThat(deviations.page(no.kommune.portal.deviations.DeviationFilter.all(), 0, 50, false)).hasSize(50);
    }
}
