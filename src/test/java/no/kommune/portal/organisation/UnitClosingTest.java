package no.kommune.portal.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.kommune.portal.base.UserFacingException;
import no.kommune.portal.checklists.AnswerValue;
import no.kommune.portal.checklists.ChecklistFixtures;
import no.kommune.portal.checklists.ChecklistService;
import no.kommune.portal.checklists.ChecklistViews.QuestionAnswer;
import no.kommune.portal.decisions.DecisionFixtures;
import no.kommune.portal.decisions.FollowUpService;
import no.kommune.portal.decisions.StatusLabel;
import no.kommune.portal.deviations.DeviationDraft;
import no.kommune.portal.deviations.DeviationService;
import no.kommune.portal.deviations.Severity;
import no.kommune.portal.supervisions.SupervisionDraft;
import no.kommune.portal.supervisions.SupervisionService;
import no.kommune.portal.supervisions.SupervisionStatus;
import no.kommune.portal.testsupport.ServiceTest;
import no.kommune.portal.testsupport.TestSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Decision 020: closing a unit moves its open cases of every kind (deviations, mandates, checklists not submitted,
 * supervisions not closed) and its people to the chosen unit in one transaction, writes each move to that case's
 * history, and leaves the closed and finished cases with the closed unit. The unit is kept, closed.
 */
class UnitClosingTest extends ServiceTest {

    @Autowired OrgChartService chart;
    @Autowired OrgFixtures org;
    @Autowired DeviationService deviations;
    @Autowired DecisionFixtures decisions;
    @Autowired FollowUpService followUp;
    @Autowired ChecklistFixtures checklistFixtures;
    @Autowired ChecklistService checklists;
    @Autowired SupervisionService supervisions;
    @Autowired JdbcTemplate jdbc;

    OrgUnit kommune;
    OrgUnit oppvekst;
    OrgUnit skoleA;
    OrgUnit skoleB;
    UserAccount rektorA;
    UserAccount rektorB;
    UserAccount ansatt;
    UserAccount admin;

    @BeforeEach
    void data() {
        kommune = org.municipality();
        oppvekst = org.unit("Oppvekst", OrgUnitType.SERVICE_AREA, kommune);
        skoleA = org.unit("Gamle skole", OrgUnitType.UNIT, oppvekst);
        skoleB = org.unit("Nye skole", OrgUnitType.UNIT, oppvekst);
        rektorA = org.user("rektor-a", Roles.LEADER);
        rektorB = org.user("rektor-b", Roles.LEADER);
        ansatt = org.user("ansatt", Roles.EMPLOYEE);
        admin = org.user("admin", Roles.ADMIN);
        org.lead(rektorA, skoleA);
        org.lead(rektorB, skoleB);
        org.memberOf(ansatt, skoleA);
    }

    private ChartUnit unit(OrgUnit u) {
        TestSecurity.runAs(admin.getUsername(), Roles.ADMIN);
        return chart.chart().stream().filter(c -> c.id().equals(u.getId())).findFirst().orElseThrow();
    }

    private ClosePreview closeAsAdmin(OrgUnit unit, OrgUnit target) {
        TestSecurity.runAs(admin.getUsername(), Roles.ADMIN);
        return chart.close(unit.getId(), unit(unit).version(), target == null ? null : target.getId());
    }

    private Long reportDeviation(OrgUnit unit, String title) {
        TestSecurity.runAs(ansatt.getUsername(), Roles.EMPLOYEE);
        Long category = deviations.categories().getFirst().getId();
        return deviations.report(new DeviationDraft(title, "Beskrivelse", LocalDateTime.now().minusHours(1),
                unit.getId(), null, category, Severity.MEDIUM, null, false)).id();
    }

    private Long supervision(OrgUnit unit, String subject) {
        TestSecurity.runAs("kvalitet-lukking", Roles.QUALITY);
        return supervisions.create(SupervisionDraft.of(2025, OrgFixtures.unique("Oppvekst"), "Statsforvalteren",
                subject, null, "01.09.2026", null).withUnit(unit.getId())).id();
    }

    private Long statusLabel(String label) {
        return followUp.statusLabels().stream().filter(l -> l.getLabel().equals(label)).map(StatusLabel::getId)
                .findFirst().orElseThrow();
    }

    private Long scalar(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private String text(String sql, Object... args) {
        return jdbc.queryForObject(sql, String.class, args);
    }

    /** Answers every question Ja and submits, as the unit's leader. */
    private void submit(Long instanceId) {
        TestSecurity.runAs(rektorA.getUsername(), Roles.LEADER);
        checklists.instance(instanceId).areas().stream().flatMap(a -> a.questions().stream())
                .map(QuestionAnswer::questionId)
                .forEach(q -> checklists.answer(instanceId, q, AnswerValue.YES, null));
        checklists.submit(instanceId, checklists.instance(instanceId).row().version());
    }

    @Test
    void closing_moves_every_kind_of_open_case_and_the_people_and_leaves_the_closed_cases() {
        Long openDeviation = reportDeviation(skoleA, "Glatt gulv");
        Long closedDeviation = reportDeviation(skoleA, "Knust rute");
        TestSecurity.runAs(rektorA.getUsername(), Roles.LEADER);
        deviations.close(closedDeviation, deviations.detail(closedDeviation).version(), "Årsak", "Tiltak", "Læring");

        var body = decisions.body();
        Long openMandate = decisions.mandate(body, "Skolebruksplan", LocalDate.of(2026, 12, 31), rektorA, skoleA);
        Long cancelledMandate = decisions.mandate(body, "Nedlagt plan", LocalDate.of(2026, 12, 31), rektorA, skoleA);
        TestSecurity.runAs("direktor-lukking", Roles.MANAGEMENT);
        followUp.updateStatus(cancelledMandate, followUp.detail(cancelledMandate).row().version(),
                statusLabel("Bortfalt"), "Vedtaket er opphevet");

        Long version = checklistFixtures.template();
        Long openRound = checklistFixtures.round(version, OrgFixtures.unique("T1"), LocalDate.now().plusMonths(1),
                List.of(skoleA.getId()));
        Long doneRound = checklistFixtures.round(version, OrgFixtures.unique("T2"), LocalDate.now().plusMonths(1),
                List.of(skoleA.getId()));
        Long openChecklist = checklistFixtures.instanceOf(openRound, skoleA.getId());
        Long submittedChecklist = checklistFixtures.instanceOf(doneRound, skoleA.getId());
        submit(submittedChecklist);

        Long openSupervision = supervision(skoleA, "Skolemiljø");
        Long closedSupervision = supervision(skoleA, "Internkontroll");
        TestSecurity.runAs("kvalitet-lukking", Roles.QUALITY);
        supervisions.changeStatus(closedSupervision, supervisions.detail(closedSupervision).row().version(),
                SupervisionStatus.CLOSED, "Lukket av Statsforvalteren");

        TestSecurity.runAs(admin.getUsername(), Roles.ADMIN);
        ClosePreview preview = chart.closePreview(skoleA.getId(), skoleB.getId());
        assertThat(preview.possible()).isTrue();
        assertThat(preview.counts().stream().collect(Collectors.toMap(ClosePreview.CaseCount::countKey,
                ClosePreview.CaseCount::count))).containsExactlyInAnyOrderEntriesOf(Map.of(
                "deviations.unitClosing.count", 1L, "decisions.unitClosing.count", 1L,
                "checklists.unitClosing.count", 1L, "supervisions.unitClosing.count", 1L,
                "org.chart.close.count.members", 1L));

        ClosePreview done = closeAsAdmin(skoleA, skoleB);

        assertThat(done.total()).isEqualTo(5);
        assertThat(unit(skoleA).active()).as("kept, closed").isFalse();
        // deviations: the open one goes to the new unit's leader, with a history row and a notice; the closed stays
        assertThat(scalar("select reported_to_unit_id from deviation where id = ?", openDeviation))
                .isEqualTo(skoleB.getId());
        assertThat(scalar("select handler_id from deviation where id = ?", openDeviation)).isEqualTo(rektorB.getId());
        assertThat(scalar("select location_unit_id from deviation where id = ?", openDeviation))
                .as("where it happened is a fact").isEqualTo(skoleA.getId());
        assertThat(jdbc.queryForMap("select from_unit_id, to_unit_id, created_by, comment from deviation_event"
                + " where deviation_id = ? and kind = 'MOVED_UNIT_CLOSED'", openDeviation)).satisfies(e -> {
                    assertThat(((Number) e.get("from_unit_id")).longValue()).isEqualTo(skoleA.getId());
                    assertThat(((Number) e.get("to_unit_id")).longValue()).isEqualTo(skoleB.getId());
                    assertThat(e.get("created_by")).isEqualTo(admin.getUsername());
                    assertThat((String) e.get("comment")).contains(skoleA.getName(), "lagt ned", skoleB.getName());
                });
        assertThat(scalar("select count(*) from notification where recipient = ? and event_type = 'DEVIATION_MOVED'"
                + " and link = ?", rektorB.getUsername(), "avvik/" + openDeviation)).isEqualTo(1);
        assertThat(scalar("select reported_to_unit_id from deviation where id = ?", closedDeviation))
                .isEqualTo(skoleA.getId());
        assertThat(scalar("select count(*) from deviation_event where deviation_id = ? and kind = 'MOVED_UNIT_CLOSED'",
                closedDeviation)).isZero();
        // mandates: the open one gets the new unit and a correction row; the cancelled one keeps the closed unit
        assertThat(scalar("select unit_id from mandate where id = ?", openMandate)).isEqualTo(skoleB.getId());
        assertThat(jdbc.queryForMap("select field, old_value, new_value, reason, created_by from decision_correction"
                + " where mandate_id = ?", openMandate)).satisfies(c -> {
                    assertThat(c.get("field")).isEqualTo("unit");
                    assertThat(c.get("old_value")).isEqualTo(skoleA.getName());
                    assertThat(c.get("new_value")).isEqualTo(skoleB.getName());
                    assertThat((String) c.get("reason")).contains("lagt ned");
                    assertThat(c.get("created_by")).isEqualTo(admin.getUsername());
                });
        assertThat(scalar("select unit_id from mandate where id = ?", cancelledMandate)).isEqualTo(skoleA.getId());
        // checklists: the open one moves with a history row; the submitted one is the closed unit's report
        assertThat(scalar("select unit_id from checklist_instance where id = ?", openChecklist))
                .isEqualTo(skoleB.getId());
        assertThat(scalar("select count(*) from checklist_event where instance_id = ? and kind = 'MOVED_UNIT_CLOSED'",
                openChecklist)).isEqualTo(1);
        assertThat(scalar("select unit_id from checklist_instance where id = ?", submittedChecklist))
                .isEqualTo(skoleA.getId());
        // supervisions: the open one moves with an "Endret" row naming the change; the closed one stays
        assertThat(scalar("select unit_id from supervision where id = ?", openSupervision)).isEqualTo(skoleB.getId());
        assertThat(text("select comment from supervision_event where supervision_id = ? and kind = 'EDITED'",
                openSupervision)).startsWith("Enhet: " + skoleA.getName() + " → " + skoleB.getName());
        assertThat(scalar("select unit_id from supervision where id = ?", closedSupervision)).isEqualTo(skoleA.getId());
        // people: the employee now works in the receiving unit; the change is in the membership history
        assertThat(jdbc.queryForList("select unit_id from user_unit where user_id = ?", Long.class, ansatt.getId()))
                .containsExactly(skoleB.getId());
        assertThat(scalar("select count(*) from user_unit_aud where user_id = ? and unit_id = ? and revtype = 2",
                ansatt.getId(), skoleA.getId())).isEqualTo(1);
        // the unit itself: closed by the administrator, its leader kept as history
        List<OrgChartService.HistoryLine> history = chart.history(skoleA.getId());
        assertThat(history.getLast().fields()).containsEntry("active", List.of("true", "false"));
        assertThat(history.getLast().who()).isEqualTo(admin.getFullName());
        assertThat(unit(skoleA).leaderId()).isEqualTo(rektorA.getId());
    }

    @Test
    void a_unit_with_active_units_below_it_is_not_closed_until_they_are_closed_first() {
        OrgUnit avdeling = org.unit("Småtrinnet", OrgUnitType.DEPARTMENT, skoleA);
        Long deviation = reportDeviation(avdeling, "Ødelagt gjerde");

        assertThatThrownBy(() -> closeAsAdmin(skoleA, skoleB)).isInstanceOf(UserFacingException.class)
                .hasMessage("org.chart.error.openChildren");
        assertThat(unit(skoleA).active()).isTrue();

        closeAsAdmin(avdeling, skoleB);
        closeAsAdmin(skoleA, skoleB);
        assertThat(unit(skoleA).active()).isFalse();
        assertThat(scalar("select reported_to_unit_id from deviation where id = ?", deviation))
                .isEqualTo(skoleB.getId());
    }

    @Test
    void closing_needs_an_active_receiving_unit_of_the_same_municipality() {
        OrgUnit nedlagt = org.unit("Nedlagt skole", OrgUnitType.UNIT, oppvekst);
        closeAsAdmin(nedlagt, skoleB);
        OrgUnit annenKommune = org.unit("Skole i nabokommunen", OrgUnitType.UNIT, org.municipality());
        Long deviation = reportDeviation(skoleA, "Glatt gulv");

        Map<OrgUnit, String> refusals = new java.util.LinkedHashMap<>();
        refusals.put(skoleA, "org.chart.error.targetSelf");
        refusals.put(nedlagt, "org.chart.error.targetClosed");
        refusals.put(annenKommune, "org.chart.error.otherMunicipality");
        refusals.forEach((target, key) -> assertThatThrownBy(() -> closeAsAdmin(skoleA, target))
                .isInstanceOf(UserFacingException.class).hasMessage(key));
        assertThatThrownBy(() -> closeAsAdmin(skoleA, null)).isInstanceOf(UserFacingException.class)
                .hasMessage("org.chart.error.targetRequired");
        assertThatThrownBy(() -> closeAsAdmin(kommune, skoleB)).isInstanceOf(UserFacingException.class)
                .hasMessage("org.chart.error.closeMunicipality");

        assertThat(unit(skoleA).active()).isTrue();
        assertThat(scalar("select reported_to_unit_id from deviation where id = ?", deviation))
                .isEqualTo(skoleA.getId());
    }

    @Test
    void closing_is_refused_when_nobody_at_the_receiving_unit_could_handle_its_open_deviations() {
        OrgUnit utenLeder = org.unit("Område uten leder", OrgUnitType.SERVICE_AREA, kommune);
        OrgUnit mottaker = org.unit("Mottaker uten leder", OrgUnitType.UNIT, utenLeder);
        Long deviation = reportDeviation(skoleA, "Glatt gulv");

        TestSecurity.runAs(admin.getUsername(), Roles.ADMIN);
        ClosePreview preview = chart.closePreview(skoleA.getId(), mottaker.getId());
        assertThat(preview.refusals()).extracting(UnitCases.Refusal::messageKey)
                .containsExactly("deviations.unitClosing.noOneCanAct");
        assertThatThrownBy(() -> closeAsAdmin(skoleA, mottaker)).isInstanceOf(UserFacingException.class)
                .hasMessage("deviations.unitClosing.noOneCanAct");
        assertThat(scalar("select reported_to_unit_id from deviation where id = ?", deviation))
                .isEqualTo(skoleA.getId());

        TestSecurity.runAs(rektorA.getUsername(), Roles.LEADER);
        deviations.close(deviation, deviations.detail(deviation).version(), "Årsak", "Tiltak", "Læring");
        closeAsAdmin(skoleA, mottaker);
        assertThat(unit(skoleA).active()).as("no open deviation left to strand").isFalse();
    }

    @Test
    void closing_is_refused_when_the_receiving_unit_has_its_own_checklist_in_the_same_round() {
        Long version = checklistFixtures.template();
        String roundName = OrgFixtures.unique("Tertial");
        Long round = checklistFixtures.round(version, roundName, LocalDate.now().plusMonths(1),
                List.of(skoleA.getId(), skoleB.getId()));

        TestSecurity.runAs(admin.getUsername(), Roles.ADMIN);
        ClosePreview preview = chart.closePreview(skoleA.getId(), skoleB.getId());
        assertThat(preview.refusals()).singleElement().satisfies(r -> {
            assertThat(r.messageKey()).isEqualTo("checklists.unitClosing.sameRound");
            assertThat(r.args()).containsExactly(skoleB.getName(), roundName);
        });
        assertThatThrownBy(() -> closeAsAdmin(skoleA, skoleB)).isInstanceOf(UserFacingException.class)
                .hasMessage("checklists.unitClosing.sameRound");

        submit(checklistFixtures.instanceOf(round, skoleA.getId()));
        closeAsAdmin(skoleA, skoleB);
        assertThat(unit(skoleA).active()).isFalse();
    }

    @Test
    void a_reopened_unit_is_active_again_and_the_moved_cases_stay_where_they_went() {
        Long deviation = reportDeviation(skoleA, "Glatt gulv");
        closeAsAdmin(skoleA, skoleB);

        TestSecurity.runAs(admin.getUsername(), Roles.ADMIN);
        chart.reopen(skoleA.getId(), unit(skoleA).version());

        assertThat(unit(skoleA).active()).isTrue();
        assertThat(scalar("select reported_to_unit_id from deviation where id = ?", deviation))
                .isEqualTo(skoleB.getId());
        assertThatThrownBy(() -> chart.reopen(skoleA.getId(), unit(skoleA).version()))
                .isInstanceOf(UserFacingException.class).hasMessage("org.chart.error.notClosed");
    }

    @Test
    void only_administrators_see_what_closing_would_move_or_close_a_unit() {
        Long deviation = reportDeviation(skoleA, "Glatt gulv");
        long version = unit(skoleA).version();
        TestSecurity.runAs(rektorA.getUsername(), Roles.LEADER);
        assertThatThrownBy(() -> chart.closePreview(skoleA.getId(), skoleB.getId()))
                .isInstanceOf(AccessDeniedException.class);
        TestSecurity.runAs("direktor-lukking", Roles.MANAGEMENT, Roles.LEADER, Roles.QUALITY);
        assertThatThrownBy(() -> chart.close(skoleA.getId(), version, skoleB.getId()))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(unit(skoleA).active()).isTrue();
        assertThat(scalar("select reported_to_unit_id from deviation where id = ?", deviation))
                .isEqualTo(skoleA.getId());
    }
}
