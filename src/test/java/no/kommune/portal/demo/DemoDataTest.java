package no.kommune.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import no.kommune.portal.decisions.FollowUpFilter;
import no.kommune.portal.decisions.FollowUpService;
import no.kommune.portal.decisions.ReportingPeriod;
import no.kommune.portal.organisation.UserDirectory;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.testsupport.ServiceTest;
import no.kommune.portal.testsupport.TestSecurity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/** The demo run (README) promises one user per role with password "demo" and the seeds' real tables. */
@ActiveProfiles({"test", "demotest"})
class DemoDataTest extends ServiceTest {

    @Autowired UserDirectory directory;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired FollowUpService followUp;
    @Autowired no.kommune.portal.decisions.CaseRegister cases;

    @Test
    void the_demo_holds_every_row_of_decisions_csv() {
        TestSecurity.runAs("direktor", Roles.MANAGEMENT);
        assertThat(followUp.count(FollowUpFilter.all())).isEqualTo(67);
        assertThat(followUp.openPeriod()).get().extracting(ReportingPeriod::getName).isEqualTo("2. tertial 2026");
    }

    @Test
    void the_demo_holds_every_case_of_council_cases_csv() throws Exception {
        TestSecurity.runAs("direktor", Roles.MANAGEMENT);
        var kommunestyret = new no.kommune.portal.decisions.CaseRegister.Filter(1L, null, null);
        // 175 case-list rows; the few also in decisions.csv are the same case, registered once with its mandates
        assertThat(cases.count(new no.kommune.portal.decisions.CaseRegister.Filter(1L, 2021, null))
                + cases.count(new no.kommune.portal.decisions.CaseRegister.Filter(1L, 2025, null)))
                .isGreaterThanOrEqualTo(175);
        java.util.List<String> printed;
        try (var in = getClass().getResourceAsStream("/demo/council_cases.csv")) {
            printed = no.kommune.portal.base.imports.TabularFile.read(in.readAllBytes(), "council_cases.csv").stream()
                    .map(r -> r.get("case_number")).toList();
        }
        assertThat(printed).hasSize(175);
        assertThat(cases.page(kommunestyret, 0, 1000)).extracting(no.kommune.portal.decisions.CaseRow::caseNumbers)
                .containsAll(printed);
    }

    @ParameterizedTest
    @CsvSource({"admin," + Roles.ADMIN, "direktor," + Roles.MANAGEMENT, "leder," + Roles.LEADER,
            "politiker," + Roles.POLITICIAN, "kvalitet," + Roles.QUALITY, "ansatt," + Roles.EMPLOYEE,
            "varsling," + Roles.WHISTLEBLOWING_RECEIVER})
    void demo_user_exists_for_every_role(String username, String role) {
        UserDirectory.Login login = directory.findLogin(username).orElseThrow();
        assertThat(login.active()).isTrue();
        assertThat(login.roles()).contains(role);
        assertThat(passwordEncoder.matches("demo", login.passwordHash())).isTrue();
    }
}
