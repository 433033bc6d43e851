package no.kommune.portal.checklists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.kommune.portal.base.UserFacingException;
import no.kommune.portal.checklists.ChecklistViews.GroupStatus;
import no.kommune.portal.checklists.ChecklistViews.HistoryLine;
import no.kommune.portal.checklists.ChecklistViews.InstanceDetail;
import no.kommune.portal.checklists.ChecklistViews.InstanceRow;
import no.kommune.portal.checklists.ChecklistViews.Overview;
import no.kommune.portal.checklists.ChecklistViews.QuestionAnswer;
import no.kommune.portal.checklists.ChecklistViews.RoundRow;
import no.kommune.portal.checklists.ChecklistViews.Tally;
import no.kommune.portal.checklists.ChecklistViews.UnitStatus;
import no.kommune.portal.notifications.NotificationService;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.OrgUnit;
import no.kommune.portal.organisation.OrgUnitType;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UserAccount;
import no.kommune.portal.testsupport.ServiceTest;
import no.kommune.portal.testsupport.TestSecurity;
import no.kommune.portal.testsupport.UserMessages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class ChecklistServiceTest extends ServiceTest {

    @Autowired ChecklistService service;
    @Autowired ChecklistFixtures fixtures;
    @Autowired NotificationService notifications;
    @Autowired OrgFixtures org;

    OrgUnit helse;
    OrgUnit teknisk;
    OrgUnit sykehjem;
    OrgUnit hjemme;
    OrgUnit brann;
    UserAccount leader;
    UserAccount brannLeader;
    UserAccount employee;
    Long versionId;
    Long roundId;

    @BeforeEach
    void data() {
        OrgUnit kommune = org.municipality();
        helse = org.unit("Helse og omsorg", OrgUnitType.SERVICE_AREA, kommune);
        teknisk = org.unit("Tekniske områder", OrgUnitType.SERVICE_AREA, kommune);
        sykehjem = org.unit("Sykehjem", OrgUnitType.UNIT, helse);
        hjemme = org.unit("Hjemmetjenesten", OrgUnitType.UNIT, helse);
        brann = org.unit("Brann", OrgUnitType.UNIT, teknisk);
        leader = org.user("leder", Roles.LEADER);
        brannLeader = org.user("brannsjef", Roles.LEADER);
        employee = org.user("ansatt", Roles.EMPLOYEE);
        org.lead(leader, helse);
        org.lead(brannLeader, brann);
        versionId = fixtures.template();
        roundId = fixtures.round(versionId, "2. tertial 2025", LocalDate.now().plusDays(30),
                List.of(sykehjem.getId(), hjemme.getId(), brann.getId()));
    }

    private Long instance(OrgUnit unit) {
        return fixtures.instanceOf(roundId, unit.getId());
    }

    private Map<String, Long> questionIds(Long instanceId) {
        return service.instance(instanceId).areas().stream().flatMap(a -> a.questions().stream())
                .collect(Collectors.toMap(QuestionAnswer::itemNo, QuestionAnswer::questionId));
    }

    private void answerAll(Long instanceId, AnswerValue value) {
        questionIds(instanceId).values().forEach(q -> service.answer(instanceId, q, value, null));
    }

    @Test
    void opening_a_round_gives_each_unit_a_checklist_and_tells_its_leader() {
        TestSecurity.runAs(brannLeader.getUsername(), Roles.LEADER);
        Long brannInstance = instance(brann);
        assertThat(notifications.latest(10)).anySatisfy(n -> {
            assertThat(n.getEventType()).isEqualTo("CHECKLIST_ROUND_OPENED");
            assertThat(n.getDedupeKey()).isEqualTo("checklist-round-" + roundId + "-unit-" + brann.getId());
            assertThat(n.getMessageKey()).isEqualTo("checklists.notice.roundOpened");
            assertThat(n.getLink()).isEqualTo("internkontroll/sjekkliste/" + brannInstance);
        });
        // the leader of the service area is told about both units below it
        TestSecurity.runAs(leader.getUsername(), Roles.LEADER);
        assertThat(notifications.latest(10)).filteredOn(n -> n.getEventType().equals("CHECKLIST_ROUND_OPENED"))
                .hasSize(2);
        assertThat(service.myPage(0, 50)).extracting(r -> r.unitId())
                .containsExactlyInAnyOrder(sykehjem.getId(), hjemme.getId());
        assertThat(service.myCount()).isEqualTo(2);
    }

    @Test
    void a_leaders_checklists_page_by_offset_newest_round_first_then_unit_name() {
        Long newer = fixtures.round(versionId, "3. tertial 2025", LocalDate.now().plusDays(60),
                List.of(sykehjem.getId(), hjemme.getId(), brann.getId()));
        Long newest = fixtures.round(versionId, "1. tertial 2026", LocalDate.now().plusDays(90),
                List.of(sykehjem.getId(), hjemme.getId(), brann.getId()));
        TestSecurity.runAs(leader.getUsername(), Roles.LEADER);

        List<InstanceRow> all = service.myPage(0, 50);
        // Hjemmetjenesten before Sykehjem within a round; Brann is not hers
        assertThat(all).extracting(r -> r.roundId() + "/" + r.unitId()).containsExactly(
                newest + "/" + hjemme.getId(), newest + "/" + sykehjem.getId(),
                newer + "/" + hjemme.getId(), newer + "/" + sykehjem.getId(),
                roundId + "/" + hjemme.getId(), roundId + "/" + sykehjem.getId());
        assertThat(all.getFirst().unitName()).isEqualTo(hjemme.getDisplayName());
        assertThat(service.myCount()).isEqualTo(6);
        // offsets that are not a multiple of the limit (a page number would have given rows 0-2 and 3-5)
        assertThat(service.myPage(1, 3)).containsExactlyElementsOf(all.subList(1, 4));
        assertThat(service.myPage(5, 3)).containsExactlyElementsOf(all.subList(5, 6));
        assertThat(service.myPage(6, 3)).isEmpty();

        TestSecurity.runAs(employee.getUsername(), Roles.EMPLOYEE);
        assertThatThrownBy(() -> service.myPage(0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void rounds_page_by_offset_newest_first_and_politicians_count_only_published_ones() {
        Long newer = fixtures.round(versionId, "3. tertial 2025", LocalDate.now().plusDays(60), List.of(brann.getId()));
        Long newest = fixtures.round(versionId, "1. tertial 2026", LocalDate.now().plusDays(90), List.of(brann.getId()));
        TestSecurity.runAs("kvalitet-test", Roles.QUALITY);

        assertThat(service.roundPage(0, 3)).extracting(RoundRow::id).containsExactly(newest, newer, roundId);
        assertThat(service.roundPage(1, 2)).extracting(RoundRow::id).containsExactly(newer, roundId);
        assertThat(service.roundPage(0, 1).getFirst()).satisfies(r -> {
            assertThat(r.name()).isEqualTo("1. tertial 2026");
            assertThat(r.templateName()).startsWith("Test-IK");
        });
        long all = service.roundCount();
        assertThat(all).isGreaterThanOrEqualTo(3);
        assertThat(service.roundPage(0, (int) all + 5)).hasSize((int) all);

        TestSecurity.runAs("direktor-test", Roles.MANAGEMENT);
        service.publishOverview(newer, true);
        TestSecurity.runAs("politiker-test", Roles.POLITICIAN);
        assertThat(service.roundPage(0, (int) all)).extracting(RoundRow::id).contains(newer)
                .doesNotContain(newest, roundId);
        assertThat(service.roundCount()).isEqualTo(service.roundPage(0, (int) all).size());
    }

    @Test
    void a_leader_answers_only_her_own_units_checklists() {
        Long brannInstance = instance(brann);
        Long sykehjemInstance = instance(sykehjem);
        TestSecurity.runAs(leader.getUsername(), Roles.LEADER);
        Long q = questionIds(sykehjemInstance).get("1.1");
        service.answer(sykehjemInstance, q, AnswerValue.YES, "ROS-analyse gjort i mars");
        assertThat(service.instance(sykehjemInstance).areas().getFirst().questions().getFirst().answer())
                .isEqualTo(AnswerValue.YES);

        assertThatThrownBy(() -> service.instance(brannInstance)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.answer(brannInstance, q, AnswerValue.NO, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(service.unansweredFor(List.of(sykehjem.getId(), hjemme.getId(), brann.getId()))).isEqualTo(2);
    }

    @Test
    void roles_without_access_are_refused_by_the_service() {
        TestSecurity.runAs(employee.getUsername(), Roles.EMPLOYEE);
        assertThatThrownBy(() -> service.instance(instance(sykehjem))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.overview(roundId)).isInstanceOf(AccessDeniedException.class);
        TestSecurity.runAs(leader.getUsername(), Roles.LEADER);
        assertThatThrownBy(() -> service.openRound(versionId, "3. tertial 2025", LocalDate.now().plusDays(5), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.overview(roundId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.reopen(instance(sykehjem), "feil")).isInstanceOf(AccessDeniedException.class);
        TestSecurity.runAs("direktor-test", Roles.MANAGEMENT);
        assertThatThrownBy(() -> service.answer(instance(sykehjem), 1L, AnswerValue.YES, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.createTemplate("Ny mal", null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void politicians_see_unit_answers_only_after_management_publishes_the_overview() {
        Long sykehjemInstance = instance(sykehjem);
        TestSecurity.runAs("politiker-test", Roles.POLITICIAN);
        assertThatThrownBy(() -> service.overview(roundId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.instance(sykehjemInstance)).isInstanceOf(AccessDeniedException.class);
        assertThat(service.roundPage(0, 100)).noneMatch(r -> r.id().equals(roundId));

        TestSecurity.runAs("politiker-test", Roles.POLITICIAN);
        assertThatThrownBy(() -> service.publishOverview(roundId, true)).isInstanceOf(AccessDeniedException.class);
        TestSecurity.runAs("direktor-test", Roles.MANAGEMENT);
        service.publishOverview(roundId, true);

        TestSecurity.runAs("politiker-test", Roles.POLITICIAN);
        assertThat(service.overview(roundId).published()).isTrue();
        assertThat(service.instance(sykehjemInstance).mayAnswer()).isFalse();
        assertThat(service.roundPage(0, 100)).anyMatch(r -> r.id().equals(roundId));
    }

    @Test
    void editing_a_template_makes_a_new_version_and_never_changes_given_answers() {
        Long sykehjemInstance = instance(sykehjem);
        TestSecurity.runAs(leader.getUsername(), Roles.LEADER);
        service.answer(sykehjemInstance, questionIds(sykehjemInstance).get("1.2"), AnswerValue.PARTLY, "Delvis");

        TestSecurity.runAs("kvalitet-test", Roles.QUALITY);
        Long templateId = service.templateContent(versionId).version().templateId();
        Long questionV1 = service.templateContent(versionId).areas().getFirst().questions().get(1).questionId();
        assertThatThrownBy(() -> service.updateQuestion(questionV1, "Endret tekst", null))
                .isInstanceOf(UserFacingException.class).hasMessage("checklists.error.versionPublished");

        Long draft = service.editableDraft(templateId);
        assertThat(draft).isNotEqualTo(versionId);
        assertThat(service.editableDraft(templateId)).isEqualTo(draft);
        var draftContent = service.templateContent(draft);
        assertThat(draftContent.version().versionNo()).isEqualTo(2);
        assertThat(draftContent.version().state()).isEqualTo(TemplateVersion.State.DRAFT);
        Long questionV2 = draftContent.areas().getFirst().questions().get(1).questionId();
        service.updateQuestion(questionV2, "HMS-risiko (ny formulering)", "Ny hjelpetekst");
        Long newArea = service.addArea(draft, "Beredskap", null);
        service.addQuestion(newArea, "Beredskapsplan er oppdatert", null);
        service.publish(draft);

        assertThat(service.templateContent(versionId).areas().getFirst().questions().get(1).text()).isEqualTo("HMS");
        assertThat(service.templateContent(draft).areas()).hasSize(3);
        TestSecurity.runAs(leader.getUsername(), Roles.LEADER);
        InstanceDetail detail = service.instance(sykehjemInstance);
        QuestionAnswer given = detail.areas().getFirst().questions().get(1);
        assertThat(given.text()).isEqualTo("HMS");
        assertThat(given.answer()).isEqualTo(AnswerValue.PARTLY);
        assertThat(detail.total()).isEqualTo(4);
    }

    @Test
    void submitting_locks_and_quality_reopens_with_a_reason_both_in_the_history() {
        Long id = instance(sykehjem);
        TestSecurity.runAs(leader.getUsername(), Roles.LEADER);
        service.answer(id, questionIds(id).get("1.1"), AnswerValue.YES, null);
        long v = service.instance(id).row().version();
        assertThatThrownBy(() -> service.submit(id, v)).isInstanceOf(UserFacingException.class)
                .hasMessage("checklists.error.unanswered")
                .satisfies(e -> assertThat(((UserFacingException) e).getArgs()).containsExactly(3L));
        answerAll(id, AnswerValue.YES);
        service.submit(id, service.instance(id).row().version());

        InstanceDetail submitted = service.instance(id);
        assertThat(submitted.row().state()).isEqualTo(ChecklistInstance.State.SUBMITTED);
        assertThat(submitted.mayAnswer()).isFalse();
        Long q = questionIds(id).get("1.1");
        assertThatThrownBy(() -> service.answer(id, q, AnswerValue.NO, null))
                .isInstanceOf(UserFacingException.class).hasMessage("checklists.error.locked");
        assertThatThrownBy(() -> service.reopen(id, "Feil svar")).isInstanceOf(AccessDeniedException.class);

        TestSecurity.runAs("kvalitet-test", Roles.QUALITY);
        assertThat(service.instance(id).mayReopen()).isTrue();
        assertThatThrownBy(() -> service.reopen(id, "  ")).isInstanceOf(UserFacingException.class)
                .hasMessage("checklists.error.reopenNeedsReason");
        service.reopen(id, "Spørsmål 1.1 er besvart for hele sektoren");

        TestSecurity.runAs(leader.getUsername(), Roles.LEADER);
        InstanceDetail reopened = service.instance(id);
        assertThat(reopened.row().state()).isEqualTo(ChecklistInstance.State.OPEN);
        assertThat(reopened.history()).extracting(h -> h.kind()).containsExactly(ChecklistEvent.Kind.OPENED,
                ChecklistEvent.Kind.SUBMITTED, ChecklistEvent.Kind.REOPENED);
        assertThat(reopened.history().get(1).who()).as("the person's name").isEqualTo(leader.getFullName());
        assertThat(reopened.history().get(2).who()).isEqualTo("kvalitet-test");
        assertThat(reopened.history().get(2).comment()).isEqualTo("Spørsmål 1.1 er besvart for hele sektoren");
        service.answer(id, q, AnswerValue.PARTLY, "Rettet");
        assertThat(notifications.latest(10)).anyMatch(n -> n.getEventType().equals("CHECKLIST_REOPENED"));
    }

    @Test
    void a_changed_answer_is_in_the_history_with_old_and_new_value_and_the_first_answer_is_not() {
        Long id = instance(sykehjem);
        TestSecurity.runAs(leader.getUsername(), Roles.LEADER);
        Long q = questionIds(id).get("1.1");
        service.answer(id, q, AnswerValue.YES, null);
        service.answer(id, q, AnswerValue.YES, "Samme svar, ny kommentar");
        assertThat(service.instance(id).history()).extracting(h -> h.kind())
                .as("filling in and repeating the same answer are not changes")
                .containsExactly(ChecklistEvent.Kind.OPENED);

        service.answer(id, q, AnswerValue.NO, "Rutinen er ikke kjent for alle");
        HistoryLine change = service.instance(id).history().getLast();
        assertThat(change.kind()).isEqualTo(ChecklistEvent.Kind.ANSWER_CHANGED);
        assertThat(change.who()).as("the person's name").isEqualTo(leader.getFullName());
        assertThat(change.describe(AnswerValue::norwegian)).isEqualTo("1.1: Ja → Nei");
        assertThat(change.describe(v -> v.name())).isEqualTo("1.1: YES → NO");
    }

    @Test
    void a_no_or_partly_answer_blocks_submitting_until_it_has_an_action_or_a_reason() {
        Long id = instance(sykehjem);
        UserAccount owner = org.user("verneombud", Roles.EMPLOYEE);
        TestSecurity.runAs(leader.getUsername(), Roles.LEADER);
        Map<String, Long> q = questionIds(id);
        service.answer(id, q.get("1.1"), AnswerValue.YES, null);
        service.answer(id, q.get("1.2"), AnswerValue.PARTLY, "Halvparten har tatt kurset");
        service.answer(id, q.get("2.1"), AnswerValue.NO, null);
        service.answer(id, q.get("2.2"), AnswerValue.NOT_APPLICABLE, null);

        assertThatThrownBy(() -> service.submit(id, service.instance(id).row().version()))
                .isInstanceOf(UserFacingException.class).hasMessage("checklists.error.actionMissing")
                .satisfies(e -> assertThat(((UserFacingException) e).getArgs()).containsExactly("1.2, 2.1"));
        assertThat(service.instance(id).itemsLackingAction()).containsExactly("1.2", "2.1");

        assertThatThrownBy(() -> service.explainNoAction(id, q.get("1.1"), "Ikke relevant"))
                .isInstanceOf(UserFacingException.class).hasMessage("checklists.error.actionNeedsNoOrPartly");
        assertThatThrownBy(() -> service.explainNoAction(id, q.get("2.1"), "   "))
                .isInstanceOf(UserFacingException.class).hasMessage("checklists.error.noActionReasonRequired");
        assertThatThrownBy(() -> service.explainNoAction(id, q.get("2.1"), "<script>alert(1)</script>"))
                .isInstanceOf(UserFacingException.class).hasMessage("validation.field.noMarkup");
        assertThatThrownBy(() -> service.explainNoAction(id, q.get("2.1"), "x".repeat(20_001)))
                .isInstanceOf(UserFacingException.class).hasMessage("validation.field.tooLong");

        service.addAction(id, q.get("1.2"), "Kurs for resten av personalet", owner.getId(),
                LocalDate.now().plusMonths(1));
        service.explainNoAction(id, q.get("2.1"), "Rutinen erstattes av ny sektorrutine i januar");
        assertThat(service.instance(id).itemsLackingAction()).isEmpty();

        // a reason belongs to the answer it was given for: Ja then Nei again needs a new one
        service.answer(id, q.get("2.1"), AnswerValue.YES, null);
        service.answer(id, q.get("2.1"), AnswerValue.NO, null);
        assertThat(service.instance(id).itemsLackingAction()).containsExactly("2.1");
        service.explainNoAction(id, q.get("2.1"), "Rutinen erstattes av ny sektorrutine i januar");

        service.submit(id, service.instance(id).row().version());
        InstanceDetail submitted = service.instance(id);
        assertThat(submitted.row().state()).isEqualTo(ChecklistInstance.State.SUBMITTED);
        QuestionAnswer explained = submitted.areas().get(1).questions().getFirst();
        assertThat(explained.noActionReason()).isEqualTo("Rutinen erstattes av ny sektorrutine i januar");
        assertThat(submitted.history()).extracting(h -> h.kind()).contains(ChecklistEvent.Kind.NO_ACTION_EXPLAINED);
    }

    @Test
    void an_empty_reason_for_no_action_asks_why_no_action_is_needed() {
        Long id = instance(sykehjem);
        TestSecurity.runAs(leader.getUsername(), Roles.LEADER);
        Long q = questionIds(id).get("2.1");
        service.answer(id, q, AnswerValue.NO, null);
        assertThatThrownBy(() -> service.explainNoAction(id, q, null))
                .isInstanceOf(UserFacingException.class).hasMessage("checklists.error.noActionReasonRequired")
                .satisfies(e -> assertThat(UserMessages.bokmal(e)).isEqualTo("Skriv hvorfor det ikke trengs tiltak"))
                .satisfies(e -> assertThat(UserMessages.english(e)).isEqualTo("Write why no action is needed"));
    }

    @Test
    void a_round_without_a_period_asks_for_one_with_an_example() {
        TestSecurity.runAs("kvalitet-test", Roles.QUALITY);
        assertThatThrownBy(() -> service.openRound(versionId, "  ", LocalDate.now().plusDays(3), null))
                .isInstanceOf(UserFacingException.class).hasMessage("checklists.error.roundNameRequired")
                .satisfies(e -> assertThat(UserMessages.bokmal(e))
                        .isEqualTo("Skriv hvilken periode runden gjelder, for eksempel «2. tertial 2025»"))
                .satisfies(e -> assertThat(UserMessages.english(e))
                        .isEqualTo("Write which period the round covers, e.g. \"2. tertial 2025\""));
    }

    @Test
    void only_the_units_leader_may_explain_that_no_action_is_needed() {
        Long id = instance(sykehjem);
        TestSecurity.runAs(leader.getUsername(), Roles.LEADER);
        Long q = questionIds(id).get("2.1");
        service.answer(id, q, AnswerValue.NO, null);

        TestSecurity.runAs(brannLeader.getUsername(), Roles.LEADER);
        assertThatThrownBy(() -> service.explainNoAction(id, q, "Ikke min enhet"))
                .isInstanceOf(AccessDeniedException.class);
        TestSecurity.runAs(employee.getUsername(), Roles.EMPLOYEE);
        assertThatThrownBy(() -> service.explainNoAction(id, q, "Ansatt"))
                .isInstanceOf(org.springframework.security.authorization.AuthorizationDeniedException.class);
    }

    @Test
    void a_no_answer_carries_an_action_followed_up_like_a_mandate() {
        Long id = instance(sykehjem);
        UserAccount owner = org.user("verneombud", Roles.EMPLOYEE);
        TestSecurity.runAs(leader.getUsername(), Roles.LEADER);
        Long yesQ = questionIds(id).get("1.1");
        Long noQ = questionIds(id).get("2.2");
        service.answer(id, yesQ, AnswerValue.YES, null);
        service.answer(id, noQ, AnswerValue.NO, "Stoffkartoteket mangler");
        LocalDate deadline = LocalDate.now().plusMonths(2);
        assertThatThrownBy(() -> service.addAction(id, yesQ, "Tiltak", owner.getId(), deadline))
                .isInstanceOf(UserFacingException.class).hasMessage("checklists.error.actionNeedsNoOrPartly");
        assertThatThrownBy(() -> service.addAction(id, noQ, "Tiltak", owner.getId(), LocalDate.now().minusDays(1)))
                .isInstanceOf(UserFacingException.class).hasMessage("checklists.error.deadlinePast");
        assertThatThrownBy(() -> service.addAction(id, noQ, "", owner.getId(), deadline))
                .isInstanceOf(UserFacingException.class).hasMessage("validation.field.required")
                .satisfies(e -> assertThat(UserMessages.english(e)).isEqualTo("Action is required"));
        Long actionId = service.addAction(id, noQ, "Oppdatere stoffkartotek", owner.getId(), deadline);

        var action = service.instance(id).actions().getFirst();
        assertThat(action.id()).isEqualTo(actionId);
        assertThat(action.itemNo()).isEqualTo("2.2");
        assertThat(action.state()).isEqualTo(ChecklistAction.State.OPEN);

        TestSecurity.runAs(owner.getUsername(), Roles.EMPLOYEE);
        assertThat(notifications.latest(5)).anySatisfy(n -> {
            assertThat(n.getEventType()).isEqualTo("CHECKLIST_ACTION_ASSIGNED");
            assertThat(n.getLink()).isEqualTo("internkontroll/sjekkliste/" + id);
        });
        TestSecurity.runAs(owner.getUsername(), Roles.LEADER);
        service.updateAction(actionId, ChecklistAction.State.IN_PROGRESS, "Bestilt gjennomgang");
        assertThatThrownBy(() -> service.updateAction(actionId, ChecklistAction.State.DONE, null))
                .isInstanceOf(UserFacingException.class).hasMessage("checklists.error.closeNeedsText");
        TestSecurity.runAs(brannLeader.getUsername(), Roles.LEADER);
        assertThatThrownBy(() -> service.updateAction(actionId, ChecklistAction.State.DONE, "Ferdig"))
                .isInstanceOf(AccessDeniedException.class);

        TestSecurity.runAs(leader.getUsername(), Roles.LEADER);
        service.updateAction(actionId, ChecklistAction.State.DONE, "Kartoteket er oppdatert");
        InstanceDetail detail = service.instance(id);
        assertThat(detail.actions().getFirst().state()).isEqualTo(ChecklistAction.State.DONE);
        assertThat(detail.history()).extracting(h -> h.kind() + ":" + h.toState()).containsExactly(
                "OPENED:OPEN", "ACTION_CREATED:OPEN", "ACTION_UPDATED:IN_PROGRESS", "ACTION_UPDATED:DONE");
    }

    @Test
    void bad_input_gives_a_clear_message_and_keeps_the_saved_answer() {
        Long id = instance(sykehjem);
        TestSecurity.runAs(leader.getUsername(), Roles.LEADER);
        Long q = questionIds(id).get("1.1");
        service.answer(id, q, AnswerValue.PARTLY, "Første versjon");
        assertThatThrownBy(() -> service.answer(id, q, AnswerValue.YES, "<script>alert(1)</script>"))
                .isInstanceOf(UserFacingException.class).hasMessage("validation.field.noMarkup");
        assertThatThrownBy(() -> service.answer(id, q, AnswerValue.YES, "x".repeat(10_001)))
                .isInstanceOf(UserFacingException.class).hasMessage("validation.field.tooLong");
        assertThatThrownBy(() -> service.answer(id, q, null, "kommentar"))
                .isInstanceOf(UserFacingException.class).hasMessage("checklists.error.answerRequired");
        QuestionAnswer kept = service.instance(id).areas().getFirst().questions().getFirst();
        assertThat(kept.answer()).isEqualTo(AnswerValue.PARTLY);
        assertThat(kept.comment()).isEqualTo("Første versjon");

        TestSecurity.runAs("kvalitet-test", Roles.QUALITY);
        assertThatThrownBy(() -> service.openRound(versionId, " ", LocalDate.now().plusDays(3), null))
                .isInstanceOf(UserFacingException.class).hasMessage("checklists.error.roundNameRequired");
        assertThatThrownBy(() -> service.openRound(versionId, "<b>1. tertial</b>", LocalDate.now().plusDays(3), null))
                .isInstanceOf(UserFacingException.class).hasMessage("validation.field.noMarkup");
        assertThatThrownBy(() -> service.openRound(versionId, "1. tertial 2026", LocalDate.now().minusDays(1), null))
                .isInstanceOf(UserFacingException.class).hasMessage("checklists.error.deadlinePast");
        assertThatThrownBy(() -> service.openRound(versionId, "2. tertial 2025", LocalDate.now().plusDays(3),
                List.of(brann.getId()))).isInstanceOf(UserFacingException.class).hasMessage("checklists.error.roundExists");
        assertThatThrownBy(() -> service.createTemplate("x".repeat(201), null))
                .isInstanceOf(UserFacingException.class).hasMessage("validation.field.tooLong");
    }

    /**
     * Hand-built round. Previous round: Sykehjem answers Nei, Ja, Ja, Ja (Ja share 75.0 %). This round:
     * Sykehjem 1.1 Ja, 1.2 Ja, 2.1 Nei, 2.2 Ikke aktuelt (submitted); Hjemmetjenesten 1.1 Ja, 1.2 Delvis,
     * 2.1 Nei (not submitted, deadline passed); Brann nothing (deadline passed).
     */
    @Test
    void the_overview_numbers_of_a_hand_built_round_are_exact() {
        Long previous = roundId;
        Long prevSykehjem = instance(sykehjem);
        TestSecurity.runAs(leader.getUsername(), Roles.LEADER);
        Map<String, Long> q = questionIds(prevSykehjem);
        service.answer(prevSykehjem, q.get("1.1"), AnswerValue.NO, null);
        service.answer(prevSykehjem, q.get("1.2"), AnswerValue.YES, null);
        service.answer(prevSykehjem, q.get("2.1"), AnswerValue.YES, null);
        service.answer(prevSykehjem, q.get("2.2"), AnswerValue.YES, null);
        service.explainNoAction(prevSykehjem, q.get("1.1"), "Rutinen erstattes av ny sektorrutine");
        service.submit(prevSykehjem, service.instance(prevSykehjem).row().version());

        roundId = fixtures.round(versionId, "3. tertial 2025", LocalDate.now().plusDays(10),
                List.of(sykehjem.getId(), hjemme.getId(), brann.getId()));
        fixtures.backdate(roundId, LocalDate.now().minusDays(1));
        Long s = instance(sykehjem);
        Long h = instance(hjemme);
        TestSecurity.runAs(leader.getUsername(), Roles.LEADER);
        service.answer(s, q.get("1.1"), AnswerValue.YES, null);
        service.answer(s, q.get("1.2"), AnswerValue.YES, null);
        service.answer(s, q.get("2.1"), AnswerValue.NO, null);
        service.answer(s, q.get("2.2"), AnswerValue.NOT_APPLICABLE, null);
        service.explainNoAction(s, q.get("2.1"), "Rutinen erstattes av ny sektorrutine");
        service.submit(s, service.instance(s).row().version());
        service.answer(h, q.get("1.1"), AnswerValue.YES, null);
        service.answer(h, q.get("1.2"), AnswerValue.PARTLY, null);
        service.answer(h, q.get("2.1"), AnswerValue.NO, null);

        TestSecurity.runAs("direktor-test", Roles.MANAGEMENT);
        Overview o = service.overview(roundId);
        assertThat(o.previousRoundName()).isEqualTo("2. tertial 2025");

        Tally all = o.overall().tally();
        assertThat(all.checklists()).isEqualTo(3);
        assertThat(all.submittedPct()).isEqualTo(33.3);
        assertThat(all.answeredPct()).isEqualTo(58.3);
        assertThat(all.yesPct()).isEqualTo(50.0);
        assertThat(all.partlyPct()).isEqualTo(16.7);
        assertThat(all.noPct()).isEqualTo(33.3);
        assertThat(o.overall().yesChange()).isEqualTo(-25.0);

        Map<String, GroupStatus> areas = o.serviceAreas().stream()
                .collect(Collectors.toMap(GroupStatus::name, Function.identity()));
        GroupStatus helseStatus = areas.get(helse.getName());
        assertThat(helseStatus.tally().submittedPct()).isEqualTo(50.0);
        assertThat(helseStatus.tally().answeredPct()).isEqualTo(87.5);
        assertThat(helseStatus.tally().yesPct()).isEqualTo(50.0);
        assertThat(helseStatus.previous().yesPct()).isEqualTo(75.0);
        assertThat(helseStatus.yesChange()).isEqualTo(-25.0);
        assertThat(helseStatus.submittedChange()).isEqualTo(0.0);
        GroupStatus teknStatus = areas.get(teknisk.getName());
        assertThat(teknStatus.tally().answeredPct()).isEqualTo(0.0);
        assertThat(teknStatus.tally().submittedPct()).isEqualTo(0.0);
        assertThat(teknStatus.yesChange()).isNull();

        Map<String, GroupStatus> categories = o.categories().stream()
                .collect(Collectors.toMap(GroupStatus::name, Function.identity()));
        assertThat(categories.get("ROS-analyser").tally().answeredPct()).isEqualTo(66.7);
        assertThat(categories.get("ROS-analyser").tally().yesPct()).isEqualTo(75.0);
        assertThat(categories.get("ROS-analyser").tally().partlyPct()).isEqualTo(25.0);
        assertThat(categories.get("ROS-analyser").previous().noPct()).isEqualTo(50.0);
        assertThat(categories.get("Opplæring").tally().answeredPct()).isEqualTo(50.0);
        assertThat(categories.get("Opplæring").tally().noPct()).isEqualTo(100.0);

        Map<Long, UnitStatus> units = o.units().stream()
                .collect(Collectors.toMap(UnitStatus::unitId, Function.identity()));
        assertThat(units.get(sykehjem.getId()).overdue()).isFalse();
        assertThat(units.get(hjemme.getId()).overdue()).isTrue();
        assertThat(units.get(brann.getId()).overdue()).isTrue();
        assertThat(units.get(hjemme.getId()).tally().answeredPct()).isEqualTo(75.0);

        assertThat(o.heatMap()).anySatisfy(c -> {
            assertThat(c.serviceArea()).isEqualTo(helse.getName());
            assertThat(c.category()).isEqualTo("ROS-analyser");
            assertThat(c.tally().yesPct()).isEqualTo(75.0);
        });

        var completion = service.serviceAreaCompletion(roundId);
        assertThat(completion).anySatisfy(c -> {
            assertThat(c.serviceAreaName()).isEqualTo(helse.getName());
            assertThat(c.checklists()).isEqualTo(2);
            assertThat(c.submitted()).isEqualTo(1);
            assertThat(c.answered()).isEqualTo(7);
            assertThat(c.total()).isEqualTo(8);
            assertThat(c.overdue()).isEqualTo(1);
        });
        assertThat(previous).isNotEqualTo(roundId);
    }
}
