package no.kommune.portal.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.kommune.portal.base.UserFacingException;
import no.kommune.portal.decisions.DecisionCorrections.CorrectionLine;
import no.kommune.portal.decisions.DecisionCorrections.DecisionFields;
import no.kommune.portal.decisions.DecisionCorrections.EditableDecision;
import no.kommune.portal.decisions.DecisionCorrections.EditableMandate;
import no.kommune.portal.organisation.BodyType;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.OrgUnit;
import no.kommune.portal.organisation.OrgUnitType;
import no.kommune.portal.organisation.PoliticalBody;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UserAccount;
import no.kommune.portal.testsupport.ServiceTest;
import no.kommune.portal.testsupport.TestSecurity;
import no.kommune.portal.testsupport.UserMessages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** Issue 11 item 3: a registered decision and its mandates can be corrected, every change in the history. */
class DecisionCorrectionsTest extends ServiceTest {

    @Autowired DecisionCorrections corrections;
    @Autowired DecisionRegistry registry;
    @Autowired FollowUpService followUp;
    @Autowired OrgFixtures org;
    @Autowired DecisionFixtures fixtures;

    PoliticalBody council;
    PoliticalBody executive;
    UserAccount director;
    UserAccount marit;
    UserAccount dag;
    OrgUnit oppvekst;
    Long mandateId;
    Long decisionId;

    @BeforeEach
    void aRegisteredDecision() {
        council = fixtures.body();
        executive = org.body("Formannskapet", BodyType.EXECUTIVE_COMMITTEE, org.municipality());
        director = org.user("direktor", Roles.MANAGEMENT);
        marit = org.user("marit", Roles.LEADER);
        dag = org.user("dag", Roles.LEADER);
        oppvekst = org.unit("Oppvekst", OrgUnitType.SERVICE_AREA, org.municipality());
        mandateId = fixtures.mandate(council, "Kartlegge behov barnehage", LocalDate.of(2026, 3, 31), marit, null);
        TestSecurity.runAs(director.getUsername(), Roles.MANAGEMENT);
        decisionId = corrections.decisionOf(mandateId);
    }

    @Test
    void management_corrects_every_field_of_a_mandate_and_sees_old_and_new_value_who_and_why() {
        EditableMandate m = corrections.load(decisionId).mandates().getFirst();

        int changed = corrections.correctMandate(mandateId, m.version(), new DecisionDraft.MandateDraft("Pkt. 2",
                "Kartlegge behov barnehage og SFO", "Ny beskrivelse", LocalDate.of(2026, 6, 30), "1. halvår 2026",
                dag.getId(), Set.of(dag.getId(), marit.getId()), oppvekst.getId()), "Vedtaket ble utvidet i FSK 12/26");

        assertThat(changed).isEqualTo(8);
        List<CorrectionLine> history = followUp.detail(mandateId).corrections();
        assertThat(history).extracting(CorrectionLine::field, CorrectionLine::oldValue, CorrectionLine::newValue)
                .contains(tuple("itemRef", "Pkt. 1", "Pkt. 2"),
                        tuple("mandateTitle", "Kartlegge behov barnehage", "Kartlegge behov barnehage og SFO"),
                        tuple("description", "Beskrivelse", "Ny beskrivelse"),
                        tuple("deadline", "31.03.2026", "30.06.2026"),
                        tuple("deadlineText", null, "1. halvår 2026"),
                        tuple("owner", null, "Test dag"),
                        tuple("responsible", "Test marit", "Test dag, Test marit"),
                        tuple("unit", null, oppvekst.getName()));
        assertThat(history).allSatisfy(line -> {
            assertThat(line.who()).as("the full name, not the username").isEqualTo("Test direktor");
            assertThat(line.reason()).isEqualTo("Vedtaket ble utvidet i FSK 12/26");
            assertThat(line.when()).isNotNull();
        });
        MandateRow row = followUp.detail(mandateId).row();
        assertThat(row.title()).isEqualTo("Kartlegge behov barnehage og SFO");
        assertThat(row.deadline()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(row.ownerName()).isEqualTo("Test dag");
        assertThat(row.responsibleNames()).isEqualTo("Test dag, Test marit");
        assertThat(row.unitName()).isEqualTo(oppvekst.getName());
    }

    @Test
    void management_corrects_every_field_of_the_decision_and_the_mandate_history_shows_it() {
        EditableDecision d = corrections.load(decisionId);

        int changed = corrections.correctDecision(decisionId, d.version(), new DecisionFields(executive.getId(),
                LocalDate.of(2025, 4, 3), "FSK 22/25", "25/100", "Rettet tittel", "Vedtakstekst",
                DecisionKind.POLITICAL_CASE), null);

        assertThat(changed).isEqualTo(7);
        assertThat(followUp.detail(mandateId).corrections())
                .extracting(CorrectionLine::field, CorrectionLine::newValue, CorrectionLine::ofDecision)
                .contains(tuple("body", executive.getName(), true), tuple("meetingDate", "03.04.2025", true),
                        tuple("caseNumbers", "FSK 22/25", true), tuple("archiveReference", "25/100", true),
                        tuple("decisionTitle", "Rettet tittel", true), tuple("decisionText", "Vedtakstekst", true),
                        tuple("kind", "POLITICAL_CASE", true));
        MandateRow row = followUp.detail(mandateId).row();
        assertThat(row.bodyName()).isEqualTo(executive.getName());
        assertThat(row.caseNumbers()).isEqualTo("FSK 22/25");
        assertThat(row.decisionTitle()).isEqualTo("Rettet tittel");
        assertThat(corrections.correctDecision(decisionId, corrections.load(decisionId).version(),
                corrections.load(decisionId).fields(), null)).as("saving unchanged values records nothing").isZero();
    }

    @Test
    void a_changed_deadline_needs_a_reason_and_nothing_changes_without_it() {
        EditableMandate m = corrections.load(decisionId).mandates().getFirst();
        DecisionDraft.MandateDraft later = new DecisionDraft.MandateDraft("Pkt. 1", m.title(), m.description(),
                LocalDate.of(2026, 9, 1), null, null, Set.of(marit.getId()), null);

        assertThatThrownBy(() -> corrections.correctMandate(mandateId, m.version(), later, "  "))
                .isInstanceOf(UserFacingException.class).hasMessage("decisions.error.deadlineReasonRequired");

        assertThat(followUp.detail(mandateId).row().deadline()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(followUp.detail(mandateId).corrections()).isEmpty();
    }

    @Test
    void a_save_based_on_an_old_version_is_refused_as_changed_by_someone_else() {
        EditableMandate stale = corrections.load(decisionId).mandates().getFirst();
        corrections.correctMandate(mandateId, stale.version(), new DecisionDraft.MandateDraft("Pkt. 1", "Første retting",
                stale.description(), stale.deadline(), null, null, Set.of(marit.getId()), null), null);

        assertThatThrownBy(() -> corrections.correctMandate(mandateId, stale.version(), new DecisionDraft.MandateDraft(
                "Pkt. 1", "Andre retting", stale.description(), stale.deadline(), null, null, Set.of(), null), null))
                .isInstanceOf(OptimisticLockingFailureException.class);
        EditableDecision decision = corrections.load(decisionId);
        assertThatThrownBy(() -> corrections.correctDecision(decisionId, decision.version() - 1, decision.fields(), null))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(followUp.detail(mandateId).row().title()).isEqualTo("Første retting");
    }

    @Test
    void empty_too_long_and_scripted_input_is_refused_and_nothing_is_changed() {
        EditableDecision d = corrections.load(decisionId);
        EditableMandate m = d.mandates().getFirst();
        DecisionFields f = d.fields();

        assertThatThrownBy(() -> corrections.correctDecision(decisionId, d.version(), new DecisionFields(f.bodyId(),
                f.meetingDate(), f.caseNumbers(), f.archiveReference(), " ", null, f.kind()), null))
                .hasMessage("validation.field.required")
                .satisfies(e -> assertThat(UserMessages.english(e)).isEqualTo("Title of the decision is required"));
        assertThatThrownBy(() -> corrections.correctDecision(decisionId, d.version(), new DecisionFields(f.bodyId(),
                f.meetingDate(), "x".repeat(201), f.archiveReference(), f.title(), null, f.kind()), null))
                .hasMessage("validation.field.tooLong");
        assertThatThrownBy(() -> corrections.correctMandate(mandateId, m.version(), new DecisionDraft.MandateDraft(null,
                "<script>alert(1)</script>", null, m.deadline(), null, null, Set.of(), null), null))
                .hasMessage("validation.field.noMarkup");
        assertThatThrownBy(() -> corrections.correctMandate(mandateId, m.version(), new DecisionDraft.MandateDraft(null,
                "", null, m.deadline(), null, null, Set.of(), null), null))
                .hasMessage("validation.field.required")
                .satisfies(e -> assertThat(UserMessages.bokmal(e)).isEqualTo("Tittel på oppdraget må fylles ut"))
                .satisfies(e -> assertThat(UserMessages.english(e)).isEqualTo("Title of the mandate is required"));

        assertThat(followUp.detail(mandateId).corrections()).isEmpty();
        assertThat(corrections.load(decisionId).fields()).isEqualTo(f);
    }

    @Test
    void management_adds_a_left_out_mandate_which_starts_not_started_with_the_addition_in_its_history() {
        Long added = corrections.addMandate(decisionId, new DecisionDraft.MandateDraft("Pkt. 3",
                "Vurdere skoleskyss", "Utelatt ved registreringen", LocalDate.of(2026, 12, 31), null, dag.getId(),
                Set.of(dag.getId()), oppvekst.getId()), "Pkt. 3 ble utelatt ved registreringen");

        assertThat(corrections.load(decisionId).mandates()).extracting(EditableMandate::id)
                .containsExactlyInAnyOrder(mandateId, added);
        MandateRow row = followUp.detail(added).row();
        assertThat(row.title()).isEqualTo("Vurdere skoleskyss");
        assertThat(row.state()).isEqualTo(MandateState.OPEN);
        assertThat(row.ownerName()).isEqualTo("Test dag");
        assertThat(row.caseNumbers()).isEqualTo(followUp.detail(mandateId).row().caseNumbers());
        assertThat(followUp.detail(added).corrections())
                .extracting(CorrectionLine::field, CorrectionLine::oldValue, CorrectionLine::newValue,
                        CorrectionLine::reason, CorrectionLine::who)
                .containsExactly(tuple("mandateAdded", null, "Vurdere skoleskyss",
                        "Pkt. 3 ble utelatt ved registreringen", "Test direktor"));
    }

    @Test
    void adding_a_mandate_refuses_empty_too_long_scripted_and_unknown_input_and_adds_nothing() {
        DecisionDraft.MandateDraft empty = new DecisionDraft.MandateDraft(null, " ", null, null, null, null, Set.of(),
                null);
        assertThatThrownBy(() -> corrections.addMandate(decisionId, empty, null))
                .hasMessage("validation.field.required");
        assertThatThrownBy(() -> corrections.addMandate(decisionId, new DecisionDraft.MandateDraft(null,
                "=HYPERLINK(\"x\")", "d".repeat(10_001), null, null, null, Set.of(), null), null))
                .hasMessage("validation.field.tooLong");
        assertThatThrownBy(() -> corrections.addMandate(decisionId, new DecisionDraft.MandateDraft(null,
                "<img src=x onerror=alert(1)>", null, null, null, null, Set.of(), null), null))
                .hasMessage("validation.field.noMarkup");
        assertThatThrownBy(() -> corrections.addMandate(decisionId, new DecisionDraft.MandateDraft(null,
                "Ukjent eier", null, null, null, -1L, Set.of(), null), null)).hasMessage("error.notFound");
        assertThatThrownBy(() -> corrections.addMandate(-1L, new DecisionDraft.MandateDraft(null, "Uten vedtak",
                null, null, null, null, Set.of(), null), null)).hasMessage("error.notFound");

        assertThat(corrections.load(decisionId).mandates()).extracting(EditableMandate::id).containsExactly(mandateId);
        TestSecurity.runAs(marit.getUsername(), Roles.LEADER);
        assertThatThrownBy(() -> corrections.addMandate(decisionId, new DecisionDraft.MandateDraft(null,
                "Leders tillegg", null, null, null, null, Set.of(), null), null))
                .isInstanceOf(AuthorizationDeniedException.class);
        TestSecurity.runAs(director.getUsername(), Roles.MANAGEMENT);
        assertThat(corrections.load(decisionId).mandates()).hasSize(1);
    }

    @Test
    void leaders_and_politicians_may_not_correct() {
        EditableMandate m = corrections.load(decisionId).mandates().getFirst();
        DecisionDraft.MandateDraft change = new DecisionDraft.MandateDraft(null, "Leders retting", null, m.deadline(),
                null, null, Set.of(), null);

        TestSecurity.runAs(marit.getUsername(), Roles.LEADER);
        assertThatThrownBy(() -> corrections.correctMandate(mandateId, m.version(), change, null))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> corrections.load(decisionId)).isInstanceOf(AuthorizationDeniedException.class);
        TestSecurity.runAs("politiker-retting", Roles.POLITICIAN);
        assertThatThrownBy(() -> corrections.correctDecision(decisionId, 0, null, null))
                .isInstanceOf(AuthorizationDeniedException.class);

        TestSecurity.runAs(director.getUsername(), Roles.MANAGEMENT);
        assertThat(followUp.detail(mandateId).row().title()).isEqualTo("Kartlegge behov barnehage");
    }

    @Test
    void an_already_registered_case_number_is_found_however_it_is_written() {
        String number = (100 + (System.nanoTime() % 800)) + "/31";
        Decision existing = registry.register(new DecisionDraft(council.getId(), null, "PS-0" + number, null,
                OrgFixtures.unique("Budsjett"), null, DecisionKind.POLITICAL_CASE,
                List.of(new DecisionDraft.MandateDraft(null, "Oppdrag", null, null, null, null, Set.of(), null))));

        assertThat(registry.existingCaseNumbers("PS " + number, null))
                .extracting(DecisionRegistry.CaseNumberMatch::decisionId).containsExactly(existing.getId());
        assertThat(registry.existingCaseNumbers("KS 1/99, " + number + " 30.09.31", null))
                .extracting(DecisionRegistry.CaseNumberMatch::decisionId).containsExactly(existing.getId());
        assertThat(registry.existingCaseNumbers("FSK " + number, null)).as("another body's series").isEmpty();
        assertThat(corrections.existingCaseNumbers("PS-0" + number, existing.getId())).as("not itself").isEmpty();
        TestSecurity.runAs("leder-saksnr", Roles.LEADER);
        assertThatThrownBy(() -> registry.existingCaseNumbers("PS " + number, null))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
