package no.kommune.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.kommune.portal.base.imports.TabularFile;
import no.kommune.portal.decisions.FollowUpFilter;
import no.kommune.portal.decisions.FollowUpService;
import no.kommune.portal.decisions.ReportingPeriod;
import no.kommune.portal.municipality.Municipality;
import no.kommune.portal.municipality.MunicipalityProfileService;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UserDirectory;
import no.kommune.portal.testsupport.ServiceTest;
import no.kommune.portal.testsupport.TestSecurity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * The Røros demo (the default demo run, README) promises one user per role with password "demo", the seeds' Røros
 * tables, and none of Elverum's: Elverum has its own demo ({@link DemoElverumDataTest}).
 */
@ActiveProfiles({"test", "demotest"})
class DemoDataTest extends ServiceTest {

    @Autowired UserDirectory directory;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired FollowUpService followUp;
    @Autowired no.kommune.portal.decisions.CaseRegister cases;
    @Autowired JdbcTemplate jdbc;
    @Autowired MunicipalityProfileService municipality;

    @Test
    void the_roros_demo_holds_every_roros_row_of_decisions_csv_and_no_other() {
        TestSecurity.runAs("direktor", Roles.MANAGEMENT);
        List<TabularFile.Row> roros = DemoFiles.rows("decisions.csv", DemoMunicipality.ROROS);
        assertThat(roros).hasSize(28);
        assertThat(followUp.count(FollowUpFilter.all())).isEqualTo(28);
        assertThat(jdbc.queryForList("SELECT source_key FROM mandate WHERE source_key LIKE 'csv:%'", String.class))
                .containsExactlyInAnyOrderElementsOf(
                roros.stream().map(r -> "csv:" + r.get("record_id")).toList());
        assertThat(followUp.openPeriod()).get().extracting(ReportingPeriod::getName).isEqualTo("2. tertial 2026");
    }

    @Test
    void the_roros_demo_has_no_elverum_row_anywhere() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mandate WHERE source_key LIKE 'csv:ELV%'", Long.class))
                .as("decisions").isZero();
        assertThat(jdbc.queryForList("SELECT source_key FROM supervision WHERE source_key IS NOT NULL", String.class))
                .as("supervisions").containsExactlyInAnyOrderElementsOf(
                        DemoFiles.column("supervisions.csv", DemoMunicipality.ROROS, "record_id"))
                .noneMatch(key -> key.startsWith("ELV"));
        assertThat(jdbc.queryForList("SELECT DISTINCT municipality FROM supervision WHERE municipality IS NOT NULL",
                String.class)).containsExactly("Røros");
        assertThat(jdbc.queryForList("SELECT name FROM checklist_template", String.class)).as("checklists")
                .containsExactly("Sjekkliste for internkontroll (Røros)");

        List<String> units = jdbc.queryForList("SELECT name FROM org_unit", String.class);
        assertThat(units).as("units").contains("Røros kommune").noneMatch(n -> n.contains("Elverum"))
                .doesNotContainAnyElementsOf(elverumLineOrganisation());
        assertThat(jdbc.queryForList("SELECT name FROM org_unit WHERE parent_id IS NULL", String.class))
                .containsExactly("Røros kommune");

        List<String> bodies = jdbc.queryForList("SELECT name FROM political_body", String.class);
        assertThat(bodies).as("bodies")
                .doesNotContainAnyElementsOf(DemoFiles.onlyIn("political_bodies.csv", DemoMunicipality.ELVERUM, "body"))
                .noneMatch(n -> n.startsWith("Kommunestyrekomit"));
        assertThat(DemoFiles.column("political_bodies.csv", DemoMunicipality.ROROS, "body")).containsAll(bodies);

        // the people named as responsible in Elverum's rows (190 gave them to this demo; 196 closed them here)
        Set<String> elverumOfficials = DemoFiles.rows("decisions.csv", DemoMunicipality.ELVERUM).stream()
                .flatMap(r -> java.util.Arrays.stream(r.get("responsible").split(",| og ")))
                .map(String::strip).filter(n -> !n.isEmpty()).collect(Collectors.toSet());
        assertThat(elverumOfficials).contains("Leiv Schulstad", "Line M. Rustad", "May Borgan");
        assertThat(jdbc.queryForList("SELECT full_name FROM user_account WHERE active = TRUE", String.class))
                .as("active people").doesNotContainAnyElementsOf(elverumOfficials);
    }

    /** The sektorer, staber and NAV office of Elverum's rows of org_units.csv. */
    static Set<String> elverumLineOrganisation() {
        return DemoFiles.rows("org_units.csv", DemoMunicipality.ELVERUM).stream()
                .filter(r -> Set.of("sektor", "stab", "NAV-kontor").contains(r.get("unit_type")))
                .map(r -> r.get("name")).collect(Collectors.toSet());
    }

    @Test
    void the_demo_holds_every_case_of_council_cases_csv() throws Exception {
        TestSecurity.runAs("direktor", Roles.MANAGEMENT);
        var kommunestyret = new no.kommune.portal.decisions.CaseRegister.Filter(1L, null, null);
        // 175 case-list rows; the few also in decisions.csv are the same case, registered once with its mandates
        assertThat(cases.count(new no.kommune.portal.decisions.CaseRegister.Filter(1L, 2021, null))
                + cases.count(new no.kommune.portal.decisions.CaseRegister.Filter(1L, 2025, null)))
                .isGreaterThanOrEqualTo(175);
        List<String> printed = DemoFiles.rows("council_cases.csv").stream().map(r -> r.get("case_number")).toList();
        assertThat(printed).hasSize(175);
        assertThat(cases.page(kommunestyret, 0, 1000)).extracting(no.kommune.portal.decisions.CaseRow::caseNumbers)
                .containsAll(printed);
    }

    @ParameterizedTest
    @CsvSource({"admin," + Roles.ADMIN, "direktor," + Roles.MANAGEMENT, "leder," + Roles.LEADER,
            "leder2," + Roles.LEADER, "politiker," + Roles.POLITICIAN, "kvalitet," + Roles.QUALITY,
            "ansatt," + Roles.EMPLOYEE, "varsling," + Roles.WHISTLEBLOWING_RECEIVER})
    void demo_user_exists_for_every_role(String username, String role) {
        UserDirectory.Login login = directory.findLogin(username).orElseThrow();
        assertThat(login.active()).isTrue();
        assertThat(login.roles()).contains(role);
        assertThat(passwordEncoder.matches("demo", login.passwordHash())).isTrue();
    }

    @Test
    void the_login_page_and_header_show_roros_kommune_5025_with_a_logo() {
        Municipality shown = municipality.current();
        assertThat(shown.name()).isEqualTo("Røros kommune");
        assertThat(shown.number()).isEqualTo("5025");
        assertThat(shown.accentColour()).isEqualTo("#8a1c1c");
        assertThat(shown.hasLogo()).isTrue();
    }
}
