package no.kommune.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.kommune.portal.base.PageSlice;
import no.kommune.portal.base.imports.TabularFile;
import no.kommune.portal.checklists.ChecklistService;
import no.kommune.portal.checklists.ChecklistViews;
import no.kommune.portal.decisions.FollowUpFilter;
import no.kommune.portal.decisions.FollowUpService;
import no.kommune.portal.decisions.MandateState;
import no.kommune.portal.decisions.StatusFromText;
import no.kommune.portal.municipality.Municipality;
import no.kommune.portal.municipality.MunicipalityProfileService;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UserDirectory;
import no.kommune.portal.supervisions.SupervisionFilter;
import no.kommune.portal.supervisions.SupervisionRow;
import no.kommune.portal.supervisions.SupervisionService;
import no.kommune.portal.supervisions.SupervisionStatus;
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
 * The Elverum demo ({@code -Dportal.demo.municipality=elverum}, issue 12 item 3): its own organisation, bodies and
 * users in its own database, every Elverum row of the seeds, none of Røros', and decision statuses read from each
 * row's own text (decision 020), since Elverum's tables have no status column.
 */
@ActiveProfiles({"test", "demotest", "demotest-elverum"})
class DemoElverumDataTest extends ServiceTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired FollowUpService followUp;
    @Autowired SupervisionService supervisions;
    @Autowired ChecklistService checklists;
    @Autowired UserDirectory directory;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired MunicipalityProfileService municipality;

    private Map<String, MandateState> stateBySourceKey() {
        Map<String, MandateState> states = new HashMap<>();
        jdbc.query("SELECT m.source_key, l.state FROM mandate m JOIN decision_status_label l ON l.id = m.status_id",
                rs -> {
                    states.put(rs.getString(1), MandateState.valueOf(rs.getString(2)));
                });
        return states;
    }

    @Test
    void the_elverum_demo_holds_every_elverum_row_of_decisions_csv_and_no_other() {
        TestSecurity.runAs("direktor", Roles.MANAGEMENT);
        List<TabularFile.Row> elverum = DemoFiles.rows("decisions.csv", DemoMunicipality.ELVERUM);
        assertThat(elverum).hasSize(39);
        assertThat(followUp.count(FollowUpFilter.all())).isEqualTo(39);
        assertThat(jdbc.queryForList("SELECT source_key FROM mandate WHERE source_key LIKE 'csv:%'", String.class))
                .containsExactlyInAnyOrderElementsOf(elverum.stream().map(r -> "csv:" + r.get("record_id")).toList());
    }

    @Test
    void each_decision_has_the_status_its_own_text_states() {
        Map<String, MandateState> states = stateBySourceKey();
        for (TabularFile.Row row : DemoFiles.rows("decisions.csv", DemoMunicipality.ELVERUM)) {
            assertThat(row.get("status")).as("Elverum's rows have no status").isEmpty();
            MandateState expected = StatusFromText.read(DemoText.forUsers(row.get("status_comment"))).state();
            assertThat(states.get("csv:" + row.get("record_id"))).as(row.get("record_id") + ": "
                    + row.get("status_comment")).isEqualTo(expected);
        }
        // the rule at work on the seeds' own words
        assertThat(states).containsEntry("csv:ELV25-VF-05", MandateState.DONE)       // "Gjennomført. Nettsider ..."
                .containsEntry("csv:ELV25-HOP-03", MandateState.DONE)                // "... er gjennomført."
                .containsEntry("csv:ELV25-TV-13", MandateState.DONE)                 // "Fullført. Vedtatt ..."
                .containsEntry("csv:ELV25-HOP-06", MandateState.DONE)                // "Iverksatt."
                .containsEntry("csv:ELV25-TV-10", MandateState.ON_TRACK)             // "... pågår."
                .containsEntry("csv:ELV25-VF-11", MandateState.ON_TRACK)             // "... saken er i prosess."
                .containsEntry("csv:ELV25-VF-10", MandateState.DELAYED)              // "... er forsinket ..."
                .containsEntry("csv:ELV25-VF-03", MandateState.OPEN)                 // "Ikke gjennomført, ..."
                .containsEntry("csv:ELV25-TV-06", MandateState.OPEN)                 // "Dette blir gjennomført i 2026"
                .containsEntry("csv:ELV25-TV-03", MandateState.OPEN);                // "Saken avventes inntil videre."
        Map<MandateState, Long> counts = states.values().stream()
                .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        assertThat(counts.get(MandateState.DONE)).isGreaterThanOrEqualTo(8);
        assertThat(counts.get(MandateState.ON_TRACK)).isGreaterThanOrEqualTo(8);
    }

    @Test
    void the_import_history_records_the_status_read_from_the_text() {
        assertThat(jdbc.queryForObject("SELECT e.to_status FROM mandate_event e JOIN mandate m ON m.id = e.mandate_id"
                + " WHERE m.source_key = 'csv:ELV25-VF-05' AND e.kind = 'IMPORTED'", String.class)).isEqualTo("Ferdig");
    }

    @Test
    void the_elverum_demo_has_its_own_organisation_and_bodies_and_no_roros_unit() {
        assertThat(jdbc.queryForList("SELECT name FROM org_unit WHERE parent_id IS NULL", String.class))
                .containsExactly("Elverum kommune");
        List<String> units = jdbc.queryForList("SELECT name FROM org_unit", String.class);
        assertThat(units).containsAll(DemoDataTest.elverumLineOrganisation())
                .noneMatch(n -> n.contains("Røros"))
                .doesNotContainAnyElementsOf(DemoFiles.onlyIn("org_units.csv", DemoMunicipality.ROROS, "name"));
        assertThat(jdbc.queryForList("SELECT code FROM org_unit WHERE code IS NOT NULL", String.class))
                .as("Røros' virksomhet codes (200 Skolene, ...)").isEmpty();

        List<String> bodies = jdbc.queryForList("SELECT name FROM political_body", String.class);
        assertThat(bodies).doesNotContainAnyElementsOf(
                DemoFiles.onlyIn("political_bodies.csv", DemoMunicipality.ROROS, "body"));
        Set<String> expected = DemoFiles.column("political_bodies.csv", DemoMunicipality.ELVERUM, "body").stream()
                .filter(b -> !b.startsWith("Kommunestyrekomiteene") && !b.equals("Revisjon Øst IKS"))
                .collect(Collectors.toSet());
        assertThat(bodies).containsAll(expected).contains("Kommunestyrekomité for helse og omsorg",
                "Kommunestyrekomité for utdanning", "Kommunestyrekomité for vekst og utvikling",
                "Kommunestyrekomité for plan og eiendom");
        assertThat(bodies).hasSize(expected.size() + 4);
    }

    @Test
    void the_elverum_demo_holds_every_elverum_supervision_and_checklist_control_point_and_none_of_roros() {
        TestSecurity.runAs("kvalitet", Roles.QUALITY);
        Map<String, SupervisionRow> byKey = supervisions.page(SupervisionFilter.all(), PageSlice.first(500)).stream()
                .filter(r -> r.sourceKey() != null)
                .collect(Collectors.toMap(SupervisionRow::sourceKey, r -> r));
        assertThat(byKey.keySet()).containsExactlyInAnyOrderElementsOf(
                DemoFiles.column("supervisions.csv", DemoMunicipality.ELVERUM, "record_id"));
        assertThat(byKey.get("ELV25-TS-04").deadline()).isEqualTo(java.time.LocalDate.of(2025, 6, 16));
        assertThat(byKey.get("ELV25-TS-01").deadlineDisplay()).isEqualTo("2026");
        assertThat(byKey.get("ELV25-TS-08").deadlineText()).isEqualTo("Oktober 2025");
        assertThat(byKey.get("ELV25-TS-02").status()).isEqualTo(SupervisionStatus.CLOSED);
        assertThat(byKey.get("ELV25-TS-01").status()).isEqualTo(SupervisionStatus.FOLLOW_UP);

        var versions = checklists.templateVersions();
        assertThat(versions).extracting(ChecklistViews.TemplateVersionRow::templateName).containsOnly(
                "Elverum – kontrollpunkter fra målekort 2025");
        var content = checklists.templateContent(versions.getFirst().versionId());
        List<String> questions = content.areas().stream().flatMap(a -> a.questions().stream())
                .map(ChecklistViews.QuestionContent::text).toList();
        assertThat(questions).containsExactlyInAnyOrderElementsOf(
                DemoFiles.rows("checklist.csv", DemoMunicipality.ELVERUM).stream().map(r -> r.get("item_text")).toList());
    }

    @Test
    void the_elverum_leaders_answer_checklists_and_see_their_sectors_supervisions() {
        TestSecurity.runAs("direktor", Roles.MANAGEMENT);
        var rounds = checklists.roundPage(0, 10);
        assertThat(rounds).extracting(ChecklistViews.RoundRow::name).containsExactly("3. tertial 2026", "2. tertial 2026");
        TestSecurity.runAs("leder", Roles.LEADER);
        assertThat(checklists.myPage(0, 50)).hasSize(2 * 7); // 7 enheter in Sektor for skole
        assertThat(supervisions.page(SupervisionFilter.all(), PageSlice.first(100)))
                .extracting(SupervisionRow::sourceKey).contains("ELV25-TS-08", "ELV25-TS-09")
                .doesNotContain("ELV25-TS-01", "ELV25-TS-10");
    }

    @ParameterizedTest
    @CsvSource({"admin," + Roles.ADMIN + ",Ada Administrator", "direktor," + Roles.MANAGEMENT + ",Kristian Trengereid",
            "leder," + Roles.LEADER + ",Askild Bø", "leder2," + Roles.LEADER + ",Marianne Holm Midthun",
            "politiker," + Roles.POLITICIAN + ",Ingrid Representant", "kvalitet," + Roles.QUALITY
                    + ",Hanne Kvalitetsrådgiver", "ansatt," + Roles.EMPLOYEE + ",Emil Ansatt",
            "varsling," + Roles.WHISTLEBLOWING_RECEIVER + ",Vera Varselmottak"})
    void the_same_demo_users_with_password_demo_exist_in_elverum(String username, String role, String fullName) {
        UserDirectory.Login login = directory.findLogin(username).orElseThrow();
        assertThat(login.active()).isTrue();
        assertThat(login.roles()).contains(role);
        assertThat(passwordEncoder.matches("demo", login.passwordHash())).isTrue();
        assertThat(jdbc.queryForObject("SELECT full_name FROM user_account WHERE username = ?", String.class,
                username)).isEqualTo(fullName);
    }

    @Test
    void the_login_page_and_header_show_elverum_kommune_3420_with_a_logo() {
        Municipality shown = municipality.current();
        assertThat(shown.name()).isEqualTo("Elverum kommune");
        assertThat(shown.number()).isEqualTo("3420");
        assertThat(shown.accentColour()).isEqualTo("#1d4f91");
        assertThat(shown.hasLogo()).isTrue();
    }
}
