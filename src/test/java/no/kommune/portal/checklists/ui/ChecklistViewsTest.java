package no.kommune.portal.checklists.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.MockRouteAccessDeniedError;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import no.kommune.portal.base.ui.GeneratedDownload;
import no.kommune.portal.checklists.AnswerValue;
import no.kommune.portal.checklists.ChecklistFixtures;
import no.kommune.portal.checklists.ChecklistInstance;
import no.kommune.portal.checklists.ChecklistService;
import no.kommune.portal.checklists.ChecklistViews.QuestionAnswer;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.OrgUnit;
import no.kommune.portal.organisation.OrgUnitType;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UserAccount;
import no.kommune.portal.testsupport.KaribuTest;
import no.kommune.portal.testsupport.TestSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Allowed and denied per role for every checklist view, answering, locking, reopening and bad input. */
class ChecklistViewsTest extends KaribuTest {

    @Autowired OrgFixtures org;
    @Autowired ChecklistFixtures fixtures;
    @Autowired ChecklistService service;

    OrgUnit helse;
    OrgUnit sykehjem;
    OrgUnit hjemme;
    OrgUnit brann;
    UserAccount leader;
    UserAccount brannLeader;
    Long versionId;
    Long roundId;

    @BeforeEach
    void data() {
        OrgUnit kommune = org.municipality();
        helse = org.unit("Helse og omsorg", OrgUnitType.SERVICE_AREA, kommune);
        OrgUnit teknisk = org.unit("Tekniske områder", OrgUnitType.SERVICE_AREA, kommune);
        sykehjem = org.unit("Sykehjem", OrgUnitType.UNIT, helse);
        hjemme = org.unit("Hjemmetjenesten", OrgUnitType.UNIT, helse);
        brann = org.unit("Brann", OrgUnitType.UNIT, teknisk);
        leader = org.user("leder", Roles.LEADER);
        brannLeader = org.user("brannsjef", Roles.LEADER);
        org.lead(leader, helse);
        org.lead(brannLeader, brann);
        versionId = fixtures.template();
        roundId = fixtures.round(versionId, "2. tertial 2025", LocalDate.now().plusDays(30),
                List.of(sykehjem.getId(), hjemme.getId(), brann.getId()));
    }

    private Long instance(OrgUnit unit) {
        return fixtures.instanceOf(roundId, unit.getId());
    }

    private ChecklistAnswerView openAnswerView(Long instanceId) {
        UI.getCurrent().navigate(ChecklistAnswerView.class, instanceId);
        return _get(ChecklistAnswerView.class);
    }

    @Test
    void leader_answers_as_she_goes_bad_comment_keeps_the_text_and_submitting_locks() {
        Long id = instance(sykehjem);
        login(leader.getUsername(), Roles.LEADER);
        UI.getCurrent().navigate(MyChecklistsView.class);
        MyChecklistsView mine = _get(MyChecklistsView.class);
        assertThat(GridKt._size(mine.grid)).isEqualTo(2);
        _click((Button) GridKt._getCellComponent(mine.grid, rowOf(GridKt._findAll(mine.grid).stream()
                .map(r -> r.id()).toList(), id), "open"));

        ChecklistAnswerView view = _get(ChecklistAnswerView.class);
        view.choices.get("1.1").setValue(AnswerValue.YES);
        assertThat(_get(Span.class, spec -> spec.withId("progress")).getText()).isEqualTo("1 av 4 besvart");
        assertThat(service.instance(id).answered()).isEqualTo(1);

        view.comments.get("1.1").setValue("<script>alert(1)</script>");
        assertThat(view.comments.get("1.1").isInvalid()).isTrue();
        assertThat(view.comments.get("1.1").getErrorMessage()).isEqualTo("HTML eller skript er ikke tillatt");
        assertThat(view.comments.get("1.1").getValue()).isEqualTo("<script>alert(1)</script>");
        assertThat(service.instance(id).areas().getFirst().questions().getFirst().comment()).isNull();

        _click(view.submit);
        assertThat(service.instance(id).row().state()).isEqualTo(ChecklistInstance.State.OPEN);

        for (String item : List.of("1.2", "2.1", "2.2")) {
            view.choices.get(item).setValue(AnswerValue.YES);
        }
        _click(view.submit);
        assertThat(_get(Span.class, spec -> spec.withId("instance-state")).getText()).isEqualTo("Sendt inn");
        assertThat(view.choices.get("1.1").isReadOnly()).isTrue();
        assertThat(view.submit.isVisible()).isFalse();
        assertThat(service.instance(id).row().state()).isEqualTo(ChecklistInstance.State.SUBMITTED);
    }

    @Test
    void a_no_answer_without_action_or_reason_is_named_and_submitting_waits_for_a_reason() {
        Long id = instance(sykehjem);
        login(leader.getUsername(), Roles.LEADER);
        ChecklistAnswerView view = openAnswerView(id);
        for (String item : List.of("1.1", "1.2", "2.1")) {
            view.choices.get(item).setValue(AnswerValue.YES);
        }
        view.choices.get("2.2").setValue(AnswerValue.NO);
        assertThat(_get(Span.class, spec -> spec.withId("action-need-2.2")).getText())
                .isEqualTo("Mangler tiltak: legg til et tiltak eller begrunn hvorfor det ikke trengs");
        assertThat(view.missingActions.getText())
                .isEqualTo("Før innsending trenger disse svarene tiltak eller begrunnelse: 2.2");

        _click(view.submit);
        assertThat(service.instance(id).row().state()).isEqualTo(ChecklistInstance.State.OPEN);

        _click(_get(Button.class, spec -> spec.withId("no-action-2.2")));
        TextDialog dialog = _get(TextDialog.class);
        _click(dialog.save);
        _assertOne(TextDialog.class);
        assertThat(dialog.main.isInvalid()).isTrue();
        dialog.main.setValue("<b>nei</b>");
        _click(dialog.save);
        _assertOne(TextDialog.class);
        assertThat(dialog.main.getErrorMessage()).isEqualTo("HTML eller skript er ikke tillatt");
        dialog.main.setValue("Rutinen erstattes av ny sektorrutine i januar");
        _click(dialog.save);
        _assertNone(TextDialog.class);
        assertThat(_get(Span.class, spec -> spec.withId("action-need-2.2")).getText())
                .isEqualTo("Ingen tiltak: Rutinen erstattes av ny sektorrutine i januar");
        assertThat(view.missingActions).isNull();

        _click(view.submit);
        assertThat(_get(Span.class, spec -> spec.withId("instance-state")).getText()).isEqualTo("Sendt inn");
    }

    @Test
    void a_leader_cannot_open_another_units_checklist() {
        Long brannInstance = instance(brann);
        login(leader.getUsername(), Roles.LEADER);
        UI.getCurrent().navigate(ChecklistAnswerView.class, brannInstance);
        assertThat(_get(com.vaadin.flow.component.html.H1.class, spec -> spec.withId("forbidden-title")).getText())
                .isEqualTo("Du har ikke tilgang");
        _assertNone(ChecklistAnswerView.class);
    }

    @Test
    void a_no_answer_gets_an_action_through_the_dialog_and_bad_input_keeps_it_open() {
        Long id = instance(sykehjem);
        UserAccount owner = org.user("verneombud", Roles.EMPLOYEE);
        login(leader.getUsername(), Roles.LEADER);
        ChecklistAnswerView view = openAnswerView(id);
        view.choices.get("2.2").setValue(AnswerValue.NO);
        _click(_get(Button.class, spec -> spec.withId("add-action-2.2")));
        ActionDialog dialog = _get(ActionDialog.class);
        dialog.title.setValue("<b>Stoffkartotek</b>");
        _click(dialog.save);
        _assertOne(ActionDialog.class);
        assertThat(dialog.title.getErrorMessage()).isEqualTo("HTML eller skript er ikke tillatt");

        dialog.title.setValue("Oppdatere stoffkartotek");
        dialog.deadline.setValue(LocalDate.now().plusMonths(1));
        _click(dialog.save);
        assertThat(dialog.owner.isInvalid()).isTrue();
        assertThat(dialog.owner.getErrorMessage()).isEqualTo("Velg hvem som er ansvarlig for tiltaket");
        dialog.owner.setValue(owner);
        _click(dialog.save);
        _assertNone(ActionDialog.class);
        assertThat(service.instance(id).actions()).singleElement()
                .satisfies(a -> assertThat(a.title()).isEqualTo("Oppdatere stoffkartotek"));
    }

    @Test
    void quality_reopens_a_submitted_checklist_with_a_reason() {
        Long id = instance(sykehjem);
        TestSecurity.runAs(leader.getUsername(), Roles.LEADER);
        for (QuestionAnswer q : service.instance(id).areas().stream().flatMap(a -> a.questions().stream()).toList()) {
            service.answer(id, q.questionId(), AnswerValue.YES, null);
        }
        service.submit(id, service.instance(id).row().version());

        login("kvalitet-test", Roles.QUALITY);
        ChecklistAnswerView view = openAnswerView(id);
        assertThat(view.submit.isVisible()).isFalse();
        _click(view.reopen);
        TextDialog dialog = _get(TextDialog.class);
        _click(dialog.save);
        _assertOne(TextDialog.class);
        assertThat(dialog.main.getErrorMessage()).isEqualTo("Skriv hvorfor sjekklisten åpnes igjen");
        dialog.main.setValue("Feil enhet svarte");
        _click(dialog.save);
        _assertNone(TextDialog.class);
        assertThat(_get(Span.class, spec -> spec.withId("instance-state")).getText()).isEqualTo("Ikke sendt inn");
    }

    @Test
    void quality_opens_a_round_and_bad_input_creates_nothing() {
        login("kvalitet-test", Roles.QUALITY);
        UI.getCurrent().navigate(ChecklistRoundsView.class);
        ChecklistRoundsView view = _get(ChecklistRoundsView.class);
        long before = service.roundCount();
        view.version.setValue(view.version.getListDataView().getItems()
                .filter(v -> v.versionId().equals(versionId)).findFirst().orElseThrow());
        view.name.setValue("<b>1. tertial 2026</b>");
        view.deadline.setValue(LocalDate.now().plusDays(20));
        _click(view.open);
        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage()).isEqualTo("HTML eller skript er ikke tillatt");

        view.name.setValue("1. tertial 2026");
        view.deadline.setValue(LocalDate.now().minusDays(1));
        _click(view.open);
        assertThat(view.deadline.getErrorMessage()).isEqualTo("Fristen kan ikke være tilbake i tid");
        assertThat(service.roundCount()).isEqualTo(before);

        view.deadline.setValue(LocalDate.now().plusDays(20));
        view.units.setValue(view.units.getListDataView().getItems()
                .filter(u -> u.id().equals(brann.getId())).toList());
        _click(view.open);
        assertThat(service.roundCount()).isEqualTo(before + 1);
        assertThat(GridKt._get(view.grid, 0).name()).isEqualTo("1. tertial 2026");
    }

    @Test
    void quality_edits_a_published_template_through_a_new_draft_version() {
        login("kvalitet-test", Roles.QUALITY);
        UI.getCurrent().navigate(ChecklistTemplatesView.class);
        ChecklistTemplatesView view = _get(ChecklistTemplatesView.class);
        view.grid.asSingleSelect().setValue(GridKt._findAll(view.grid).stream()
                .filter(v -> v.versionId().equals(versionId)).findFirst().orElseThrow());
        _assertNone(Button.class, spec -> spec.withId("add-question-1"));
        _click(_get(Button.class, spec -> spec.withId("new-draft")));
        assertThat(view.shownVersionId).isNotEqualTo(versionId);

        _click(_get(Button.class, spec -> spec.withId("add-question-1")));
        TextDialog dialog = _get(TextDialog.class);
        dialog.main.setValue("Beredskapsplan er øvd");
        dialog.extra.setValue("<script>x</script>");
        _click(dialog.save);
        assertThat(dialog.extra.isInvalid()).isTrue();
        dialog.extra.setValue("Gjelder alle enheter");
        _click(dialog.save);
        _assertNone(TextDialog.class);
        _click(_get(Button.class, spec -> spec.withId("publish-version")));

        var draft = service.templateContent(view.shownVersionId);
        assertThat(draft.version().versionNo()).isEqualTo(2);
        assertThat(draft.areas().getFirst().questions()).extracting(q -> q.itemNo() + " " + q.text())
                .contains("1.3 Beredskapsplan er øvd");
        assertThat(service.templateContent(versionId).areas().getFirst().questions()).hasSize(2);
    }

    @Test
    void management_sees_heat_map_chart_and_overdue_units_and_publishes_for_politicians() throws Exception {
        fixtures.backdate(roundId, LocalDate.now().minusDays(2));
        Long id = instance(sykehjem);
        TestSecurity.runAs(leader.getUsername(), Roles.LEADER);
        for (QuestionAnswer q : service.instance(id).areas().stream().flatMap(a -> a.questions().stream()).toList()) {
            service.answer(id, q.questionId(), AnswerValue.PARTLY, null);
        }

        login("politiker-test", Roles.POLITICIAN);
        UI.getCurrent().navigate(ChecklistOverviewView.class);
        ChecklistOverviewView politicianView = _get(ChecklistOverviewView.class);
        assertThat(politicianView.round.getListDataView().getItems()).noneMatch(r -> r.id().equals(roundId));

        login("direktor-test", Roles.MANAGEMENT);
        UI.getCurrent().navigate(ChecklistOverviewView.class,
                QueryParameters.simple(Map.of("runde", String.valueOf(roundId))));
        ChecklistOverviewView view = _get(ChecklistOverviewView.class);
        assertThat(view.round.getValue().id()).isEqualTo(roundId);
        Div heat = _get(Div.class, spec -> spec.withId("heatmap"));
        assertThat(heat.getElement().getTextRecursively()).contains("ROS-analyser", helse.getName(), "Ingen svar");
        assertThat(heat.getChildren().anyMatch(c -> c.getClassNames().contains("checklists-heat-low"))).isTrue();
        assertThat(_get(Html.class, spec -> spec.withId("bar-chart")).getInnerHtml()).contains("<svg");
        assertThat(GridKt._size(view.unitGrid)).isEqualTo(3);
        assertThat(GridKt._findAll(view.unitGrid)).filteredOn(u -> u.overdue()).hasSize(3);
        assertThat(view.unitGrid.getPartNameGenerator().apply(GridKt._get(view.unitGrid, 0)))
                .isEqualTo("checklists-overdue");

        _click(view.publish);
        assertThat(_get(Span.class, spec -> spec.withId("published-state")).getText())
                .isEqualTo("Oversikten er publisert for folkevalgte");

        GeneratedDownload pdf = (GeneratedDownload) _get(Button.class, spec -> spec.withText("Eksporter PDF"))
                .getParent().orElseThrow();
        _click(pdf.getStartButton());
        awaitUi(() -> pdf.getLink().isVisible());

        login("politiker-test", Roles.POLITICIAN);
        UI.getCurrent().navigate(ChecklistOverviewView.class);
        assertThat(_get(ChecklistOverviewView.class).round.getListDataView().getItems())
                .anyMatch(r -> r.id().equals(roundId));
        ChecklistOverviewView published = _get(ChecklistOverviewView.class);
        published.round.setValue(published.round.getListDataView().getItems()
                .filter(r -> r.id().equals(roundId)).findFirst().orElseThrow());
        _click((Button) GridKt._getCellComponent(published.unitGrid, rowOf(GridKt._findAll(published.unitGrid).stream()
                .map(u -> u.unitId()).toList(), sykehjem.getId()), "drill"));
        ChecklistAnswerView answers = _get(ChecklistAnswerView.class);
        assertThat(answers.choices.get("1.1").getValue()).isEqualTo(AnswerValue.PARTLY);
        assertThat(answers.choices.get("1.1").isReadOnly()).isTrue();
    }

    @Test
    void views_are_denied_to_roles_without_access() {
        login("ansatt-test", Roles.EMPLOYEE);
        assertThatThrownBy(() -> UI.getCurrent().navigate(ChecklistOverviewView.class)).isInstanceOfAny(MockRouteAccessDeniedError.class, MockAccessDeniedException.class);
        _assertNone(ChecklistOverviewView.class);
        login("politiker-test", Roles.POLITICIAN);
        assertThatThrownBy(() -> UI.getCurrent().navigate(ChecklistTemplatesView.class)).isInstanceOfAny(MockRouteAccessDeniedError.class, MockAccessDeniedException.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate(ChecklistRoundsView.class)).isInstanceOfAny(MockRouteAccessDeniedError.class, MockAccessDeniedException.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate(MyChecklistsView.class)).isInstanceOfAny(MockRouteAccessDeniedError.class, MockAccessDeniedException.class);
        _assertNone(ChecklistRoundsView.class);
        login(leader.getUsername(), Roles.LEADER);
        assertThatThrownBy(() -> UI.getCurrent().navigate(ChecklistOverviewView.class)).isInstanceOfAny(MockRouteAccessDeniedError.class, MockAccessDeniedException.class);
        login("direktor-test", Roles.MANAGEMENT);
        UI.getCurrent().navigate(ChecklistTemplatesView.class);
        _assertNone(Button.class, spec -> spec.withId("new-template"));
        UI.getCurrent().navigate(ChecklistRoundsView.class);
        _assertNone(Button.class, spec -> spec.withId("open-round"));
    }

    private static int rowOf(List<Long> ids, Long id) {
        assertThat(ids).contains(id);
        return ids.indexOf(id);
    }

    private static void awaitUi(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 200 && !condition.getAsBoolean(); i++) {
            Thread.sleep(50);
            MockVaadin.clientRoundtrip(false);
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }

    // The router reuses a view opened again (another round or id, the menu clicked twice): the address decides.

    @Test
    void the_overview_opened_for_another_round_shows_that_round_and_without_one_the_latest() {
        Long later = fixtures.round(versionId, "3. tertial 2025", LocalDate.now().plusDays(60), List.of(brann.getId()));
        login("direktor-test", Roles.MANAGEMENT);
        UI.getCurrent().navigate(ChecklistOverviewView.class,
                QueryParameters.simple(Map.of("runde", String.valueOf(roundId))));
        ChecklistOverviewView view = _get(ChecklistOverviewView.class);
        assertThat(view.round.getValue().id()).isEqualTo(roundId);
        assertThat(GridKt._size(view.unitGrid)).isEqualTo(3);

        UI.getCurrent().navigate(ChecklistOverviewView.class,
                QueryParameters.simple(Map.of("runde", String.valueOf(later))));
        assertThat(_get(ChecklistOverviewView.class)).isSameAs(view);
        assertThat(view.round.getValue().id()).isEqualTo(later);
        assertThat(view.content.getElement().getTextRecursively()).contains("3. tertial 2025");
        assertThat(GridKt._size(view.unitGrid)).isEqualTo(1);

        UI.getCurrent().navigate(ChecklistOverviewView.class,
                QueryParameters.simple(Map.of("runde", String.valueOf(roundId))));
        UI.getCurrent().navigate(ChecklistOverviewView.class);
        assertThat(view.round.getValue().id()).isEqualTo(later);
    }

    @Test
    void the_answer_page_opened_for_another_unit_shows_that_units_checklist() {
        Long first = instance(sykehjem);
        Long second = instance(brann);
        login("kvalitet-test", Roles.QUALITY);
        ChecklistAnswerView view = openAnswerView(first);
        assertThat(view.getPageTitle()).startsWith(sykehjem.getName());

        assertThat(openAnswerView(second)).isSameAs(view);
        assertThat(view.getPageTitle()).startsWith(brann.getName());
        assertThat(view.getElement().getTextRecursively()).doesNotContain(sykehjem.getName());
    }
}
