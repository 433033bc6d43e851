package no.kommune.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import no.kommune.portal.decisions.FollowUpFilter;
import no.kommune.portal.decisions.FollowUpService;
import no.kommune.portal.decisions.ReportingPeriod;
import no.kommune.portal.organisation.UserDirectory;
import no.kommune.portal.security.Roles;
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

    @Test
    void the_demo_holds_every_row_of_decisions_csv() {
        TestSecurity.runAs("direktor", Roles.MANAGEMENT);
        assertThat(followUp.count(FollowUpFilter.all())).isEqualTo(67);
        assertThat(followUp.openPeriod()).get().extracting(ReportingPeriod::getName).isEqualTo("2. tertial 2026");
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
