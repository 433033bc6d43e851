package no.kommune.portal.deviations.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.MockRouteAccessDeniedError;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDateTime;
import java.util.List;
import no.kommune.portal.base.ui.ErrorView;
import no.kommune.portal.deviations.DeviationDraft;
import no.kommune.portal.deviations.DeviationRow;
import no.kommune.portal.deviations.DeviationService;
import no.kommune.portal.deviations.DeviationStatus;
import no.kommune.portal.deviations.DeviationViews;
import no.kommune.portal.deviations.Severity;
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

/** Allowed and denied per role for every deviation view, the report form's bad input and the dialogs. */
class DeviationViewsTest extends KaribuTest {

    @Autowired OrgFixtures org;
    @Autowired DeviationService service;
    @Autowired no.kommune.portal.organisation.OrgChartService chart;

    OrgUnit area;
    OrgUnit unit;
    OrgUnit otherArea;
    UserAccount leader;
    UserAccount otherLeader;
    UserAccount employee;
    UserAccount quality;

    @BeforeEach
    void data() {
        OrgUnit kommune = org.municipality();
        area = org.unit("Oppvekst", OrgUnitType.SERVICE_AREA, kommune);
        unit = org.unit("Barnehage", OrgUnitType.UNIT, area);
        otherArea = org.unit("Helse", OrgUnitType.SERVICE_AREA, kommune);
        leader = org.user("leder", Roles.LEADER);
        otherLeader = org.user("leder2", Roles.LEADER);
        employee = org.user("ansatt", Roles.EMPLOYEE);
        quality = org.user("kvalitet", Roles.QUALITY);
        org.lead(leader, area);
        org.lead(otherLeader, otherArea);
        org.memberOf(employee, unit);
    }

    private Long report(String title, boolean personal) {
        TestSecurity.runAs(employee.getUsername(), Roles.EMPLOYEE);
        Long category = service.categories().getFirst().getId();
        Long id = service.report(new DeviationDraft(title, "Barnet falt fra klatrestativet", LocalDateTime.now().minusHours(1),
                unit.getId(), null, category, Severity.MEDIUM, null, personal)).id();
        TestSecurity.clear();
        return id;
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    @Test
    void employee_reports_with_unit_preselected_bad_input_keeps_the_form_and_the_receipt_shows() {
        login(employee.getUsername(), Roles.EMPLOYEE);
        UI.getCurrent().navigate(ReportDeviationView.class);
        ReportDeviationView view = _get(ReportDeviationView.class);
        assertThat(view.unit.getValue().id()).isEqualTo(unit.getId());
        view.category.setValue(view.category.getListDataView().getItems().findFirst().orElseThrow());

        view.description.setValue("Barnet falt");
        _click(view.submit);
        assertThat(view.error.getText()).isEqualTo("Skriv en kort tittel på hva som skjedde");
        assertThat(view.description.getValue()).isEqualTo("Barnet falt");

        view.title.setValue("Fall fra klatrestativ");
        view.description.setValue("<script>alert('x')</script>");
        _click(view.submit);
        assertThat(view.error.getText()).isEqualTo("Beskrivelse kan ikke inneholde HTML eller skript");
        assertThat(view.title.getValue()).isEqualTo("Fall fra klatrestativ");

        view.description.setValue("Barnet falt fra klatrestativet");
        view.occurredAt.setValue(LocalDateTime.now().plusDays(2));
        _click(view.submit);
        assertThat(view.error.getText()).isEqualTo("Datoen kan ikke være fram i tid");

        view.title.setValue("x".repeat(250));
        view.occurredAt.setValue(LocalDateTime.now().minusMinutes(30));
        _click(view.submit);
        assertThat(view.error.getText()).isEqualTo("Kort tittel kan ikke være lengre enn 200 tegn");

        view.title.setValue("Fall fra klatrestativ");
        _click(view.submit);
        assertThat(view.error.getText()).isEmpty();
        DeviationReceiptView receipt = _get(DeviationReceiptView.class);
        String receiptText = receipt.receipt.getElement().getTextRecursively();
        Long id = service.mine(0, 1).getFirst().id();
        assertThat(receiptText).contains("Avviksnummer: #" + id)
                .contains("Sendt til " + unit.getName() + ", der " + leader.getFullName() + " er leder")
                .contains("Hva skjer nå");
        _click(receipt.reportAnother);
        ReportDeviationView another = _get(ReportDeviationView.class);
        assertThat(another.title.getValue()).isEmpty();
        assertThat(another.title.isInvalid()).isFalse();

        UI.getCurrent().navigate(MyDeviationsView.class);
        List<DeviationRow> mine = GridKt._fetch(_get(MyDeviationsView.class).grid, 0, 50);
        assertThat(mine).extracting(DeviationRow::title).containsExactly("Fall fra klatrestativ");
    }

    @Test
    void a_closed_unit_is_not_offered_for_a_new_report() {
        OrgUnit closed = org.unit("Nedlagt barnehage", OrgUnitType.UNIT, area);
        TestSecurity.runAs("admin-avvik", Roles.ADMIN);
        long version = chart.chart().stream().filter(u -> u.id().equals(closed.getId())).findFirst().orElseThrow()
                .version();
        chart.close(closed.getId(), version, unit.getId());

        login(employee.getUsername(), Roles.EMPLOYEE);
        UI.getCurrent().navigate(ReportDeviationView.class);
        ReportDeviationView view = _get(ReportDeviationView.class);
        assertThat(view.unit.getListDataView().getItems().map(u -> u.id()))
                .contains(unit.getId(), area.getId()).doesNotContain(closed.getId());
    }

    @Test
    void employee_is_denied_the_handling_list_and_the_read_log_and_other_peoples_deviations() {
        Long id = report("Glatt inngangsparti", false);
        UserAccount other = org.user("ansatt2", Roles.EMPLOYEE);
        login(other.getUsername(), Roles.EMPLOYEE);
        assertThatThrownBy(() -> UI.getCurrent().navigate(DeviationListView.class)).isInstanceOfAny(MockRouteAccessDeniedError.class, MockAccessDeniedException.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate(ReadLogView.class)).isInstanceOfAny(MockRouteAccessDeniedError.class, MockAccessDeniedException.class);
        // the service refuses: the refusal page ("Du har ikke tilgang", 403) instead of the deviation, not any failure
        UI.getCurrent().navigate(DeviationDetailView.class, id);
        _assertOne(ErrorView.class);
        assertThat(_get(H1.class, spec -> spec.withId("forbidden-title")).getText()).isEqualTo("Du har ikke tilgang");
        _assertNone(DeviationListView.class);
        _assertNone(DeviationDetailView.class);
        login("direktor-test", Roles.MANAGEMENT);
        assertThatThrownBy(() -> UI.getCurrent().navigate(ReadLogView.class)).isInstanceOfAny(MockRouteAccessDeniedError.class, MockAccessDeniedException.class);
    }

    @Test
    void leader_sees_the_list_forwards_with_a_comment_and_the_receiver_closes_with_cause_measures_learning() {
        Long id = report("Manglende tilsyn", false);
        login(leader.getUsername(), Roles.LEADER);
        UI.getCurrent().navigate(DeviationListView.class);
        DeviationListView list = _get(DeviationListView.class);
        list.unit.setValue(list.unit.getListDataView().getItems().filter(u -> u.id().equals(area.getId()))
                .findFirst().orElseThrow());
        assertThat(GridKt._fetch(list.grid, 0, 50)).extracting(DeviationRow::id).containsExactly(id);
        _click(_get(Button.class, spec -> spec.withId("count-button")));
        assertThat(list.countResult.getText()).isEqualTo("1 avvik");

        UI.getCurrent().navigate(DeviationDetailView.class, id);
        _click(_get(Button.class, spec -> spec.withId("action-forward")));
        ForwardDialog forward = _get(ForwardDialog.class);
        forward.unit.setValue(forward.unit.getListDataView().getItems().filter(u -> u.id().equals(otherArea.getId()))
                .findFirst().orElseThrow());
        _click(forward.save);
        _assertOne(ForwardDialog.class);
        assertThat(forward.error.getText()).isEqualTo("Skriv en kommentar til den du videresender til");
        forward.comment.setValue("Gjelder helsestasjonen");
        _click(forward.save);
        _assertNone(ForwardDialog.class);
        assertThat(text("detail-handler")).isEqualTo(otherLeader.getFullName());
        _assertNone(Button.class, spec -> spec.withId("action-close"));

        login(otherLeader.getUsername(), Roles.LEADER);
        UI.getCurrent().navigate(DeviationDetailView.class, id);
        _click(_get(Button.class, spec -> spec.withId("action-close")));
        CloseDialog close = _get(CloseDialog.class);
        close.cause.setValue("For lav bemanning");
        close.measures.setValue("Ny vaktplan");
        _click(close.save);
        _assertOne(CloseDialog.class);
        assertThat(close.error.getText()).isEqualTo("Oppgi hva som er lært før avviket lukkes");
        close.learning.setValue("Bemanningen må sjekkes ved utflukter");
        _click(close.save);
        _assertNone(CloseDialog.class);
        assertThat(text("detail-status")).isEqualTo("Lukket");
        _assertOne(Button.class, spec -> spec.withId("action-reopen"));
    }

    @Test
    void quality_sees_the_confidential_notice_and_the_read_log() {
        Long id = report("Helseopplysninger sendt feil", true);
        login(leader.getUsername(), Roles.LEADER);
        UI.getCurrent().navigate(DeviationDetailView.class, id);
        _assertOne(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("confidential-notice"));
        UI.getCurrent().navigate(DeviationListView.class);
        DeviationListView list = _get(DeviationListView.class);
        list.unit.setValue(list.unit.getListDataView().getItems().filter(u -> u.id().equals(area.getId()))
                .findFirst().orElseThrow());
        assertThat(GridKt._fetch(list.grid, 0, 50)).singleElement().satisfies(r -> assertThat(r.title()).isNull());
        assertThat(GridKt._getFormatted(list.grid, 0, "title")).isEqualTo("Konfidensielt (personopplysninger)");

        login(quality.getUsername(), Roles.QUALITY);
        UI.getCurrent().navigate(ReadLogView.class);
        List<DeviationViews.ReadLogLine> log = GridKt._fetch(_get(ReadLogView.class).grid, 0, 50);
        assertThat(log).filteredOn(l -> l.deviationId().equals(id)).extracting(DeviationViews.ReadLogLine::who)
                .containsExactly(leader.getFullName());
        UI.getCurrent().navigate(DeviationDetailView.class, id);
        assertThat(text("detail-status")).isEqualTo("Ny");
        _assertOne(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("read-log-grid"));
        _assertNone(Button.class, spec -> spec.withId("action-close"));
    }

    @Test
    void leader_changes_status_and_a_status_dialog_refusal_keeps_it_open() {
        Long id = report("Feil i rutine", false);
        login(leader.getUsername(), Roles.LEADER);
        UI.getCurrent().navigate(DeviationDetailView.class, id);
        _click(_get(Button.class, spec -> spec.withId("action-status")));
        StatusDialog dialog = _get(StatusDialog.class);
        dialog.status.setValue(DeviationStatus.IN_PROGRESS);
        dialog.comment.setValue("<b>fet</b>");
        _click(dialog.save);
        _assertOne(StatusDialog.class);
        assertThat(dialog.error.getText()).isEqualTo("Kommentar kan ikke inneholde HTML eller skript");
        dialog.comment.setValue("Ser på det");
        _click(dialog.save);
        _assertNone(StatusDialog.class);
        assertThat(text("detail-status")).isEqualTo("Under behandling");
    }

    @Test
    void statistics_are_shown_to_quality_and_leaders_and_denied_to_employees() {
        report("Avvik for statistikk", true);
        login(quality.getUsername(), Roles.QUALITY);
        UI.getCurrent().navigate(DeviationStatisticsView.class);
        DeviationStatisticsView view = _get(DeviationStatisticsView.class);
        view.unit.setValue(view.unit.getListDataView().getItems().filter(u -> u.id().equals(area.getId()))
                .findFirst().orElseThrow());
        int year = java.time.LocalDate.now(no.kommune.portal.base.Formats.ZONE).getYear();
        assertThat(view.total.getText()).isEqualTo("Antall innmeldte avvik " + year + ": 1 (" + (year - 1) + ": 0, endring –)");
        assertThat(GridKt._fetch(view.categoryGrid, 0, 50)).extracting(l -> l.count()).contains(1L);
        assertThat(view.getElement().toString()).doesNotContain("Avvik for statistikk");
        view.year.setValue(99999);
        assertThat(view.error.getText()).isEqualTo("Ugyldig år");

        login(leader.getUsername(), Roles.LEADER);
        UI.getCurrent().navigate(DeviationStatisticsView.class);
        assertThat(_get(DeviationStatisticsView.class).total.getText()).contains(": 1 (");

        login(employee.getUsername(), Roles.EMPLOYEE);
        UI.getCurrent().navigate(MyDeviationsView.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate(DeviationStatisticsView.class)).isInstanceOfAny(MockRouteAccessDeniedError.class, MockAccessDeniedException.class);
        _assertNone(DeviationStatisticsView.class);
    }

    @Test
    void quality_adds_a_category_and_a_leader_is_denied_the_category_page() {
        login(quality.getUsername(), Roles.QUALITY);
        UI.getCurrent().navigate(CategoriesView.class);
        CategoriesView view = _get(CategoriesView.class);
        view.code.setValue("UI_" + (System.nanoTime() % 1_000_000));
        view.name.setValue("<script>x</script>");
        _click(view.add);
        assertThat(view.error.getText()).isEqualTo("Navn kan ikke inneholde HTML eller skript");
        assertThat(view.name.getValue()).isEqualTo("<script>x</script>");
        view.name.setValue("Smittevern");
        _click(view.add);
        assertThat(view.error.getText()).isEmpty();
        assertThat(GridKt._fetch(view.grid, 0, 100)).extracting(c -> c.getName()).contains("Smittevern");

        login(leader.getUsername(), Roles.LEADER);
        UI.getCurrent().navigate(DeviationListView.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate(CategoriesView.class)).isInstanceOfAny(MockRouteAccessDeniedError.class, MockAccessDeniedException.class);
        _assertNone(CategoriesView.class);
    }

    @Test
    void the_forward_dialog_names_the_receiver_and_refuses_a_unit_nobody_could_act_on() {
        OrgUnit hr = org.unit("HR", OrgUnitType.SERVICE_AREA, org.municipality());
        UserAccount direktor = org.user("kommunedirektor", Roles.MANAGEMENT);
        org.lead(direktor, hr);
        Long id = report("Feil i lønnsutbetaling", false);
        login(leader.getUsername(), Roles.LEADER);
        UI.getCurrent().navigate(DeviationDetailView.class, id);
        _click(_get(Button.class, spec -> spec.withId("action-forward")));
        ForwardDialog forward = _get(ForwardDialog.class);

        forward.unit.setValue(forward.unit.getListDataView().getItems().filter(u -> u.id().equals(hr.getId()))
                .findFirst().orElseThrow());
        assertThat(forward.receiver.getElement().getTextRecursively()).contains("har ikke lederrollen").contains(direktor.getFullName())
                .contains("Ingen kan motta avviket");
        assertThat(forward.save.isEnabled()).isFalse();

        forward.unit.setValue(forward.unit.getListDataView().getItems().filter(u -> u.id().equals(otherArea.getId()))
                .findFirst().orElseThrow());
        assertThat(forward.receiver.getElement().getTextRecursively())
                .isEqualTo("Mottaker: " + otherLeader.getFullName() + " (leder for " + otherArea.getName() + ")");
        assertThat(forward.save.isEnabled()).isTrue();
    }

    @Test
    void quality_sees_a_stuck_case_and_takes_it_over() {
        OrgUnit hr = org.unit("HR", OrgUnitType.SERVICE_AREA, org.municipality());
        UserAccount direktor = org.user("kommunedirektor", Roles.MANAGEMENT);
        org.lead(direktor, hr);
        org.memberOf(employee, hr);
        TestSecurity.runAs(employee.getUsername(), Roles.EMPLOYEE);
        Long id = service.report(new DeviationDraft("Feil i lønnsutbetaling", "Overtid ble ikke utbetalt",
                LocalDateTime.now().minusHours(1), hr.getId(), null, service.categories().getFirst().getId(),
                Severity.MEDIUM, null, false)).id();
        TestSecurity.clear();

        login(direktor.getUsername(), Roles.MANAGEMENT);
        UI.getCurrent().navigate(DeviationDetailView.class, id);
        _assertOne(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("stuck-notice"));
        _assertNone(Button.class, spec -> spec.withId("action-take-over"));

        login(quality.getUsername(), Roles.QUALITY);
        UI.getCurrent().navigate(DeviationDetailView.class, id);
        _assertOne(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("stuck-notice"));
        _assertNone(Button.class, spec -> spec.withId("action-close"));
        _click(_get(Button.class, spec -> spec.withId("action-take-over")));
        assertThat(text("detail-handler")).isEqualTo(quality.getFullName());
        _assertNone(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("stuck-notice"));
        _assertOne(Button.class, spec -> spec.withId("action-close"));
    }

    // The router reuses a view when its route is opened again (another id, other parameters, the menu clicked twice):
    // what the address and the database say must be read on every visit, not only when the view was built.

    @Test
    void the_detail_view_opened_for_another_deviation_shows_the_other_one() {
        Long first = report("Første avvik", false);
        Long second = report("Andre avvik", false);
        login(leader.getUsername(), Roles.LEADER);
        UI.getCurrent().navigate(DeviationDetailView.class, first);
        DeviationDetailView view = _get(DeviationDetailView.class);
        assertThat(view.getElement().getTextRecursively()).contains("Første avvik");

        UI.getCurrent().navigate(DeviationDetailView.class, second);
        assertThat(_get(DeviationDetailView.class)).isSameAs(view);
        assertThat(view.getElement().getTextRecursively()).contains("Andre avvik").doesNotContain("Første avvik");
        assertThat(view.getPageTitle()).contains(String.valueOf(second));
    }

    @Test
    void the_receipt_opened_again_has_one_report_another_listener() {
        Long first = report("Kvittering en", false);
        Long second = report("Kvittering to", false);
        login(employee.getUsername(), Roles.EMPLOYEE);
        UI.getCurrent().navigate(DeviationReceiptView.class, first);
        UI.getCurrent().navigate(DeviationReceiptView.class, second);
        DeviationReceiptView receipt = _get(DeviationReceiptView.class);
        assertThat(receipt.getElement().getTextRecursively()).contains("#" + second).doesNotContain("#" + first);
        _click(receipt.reportAnother);
        _get(ReportDeviationView.class);
    }

    @Test
    void the_list_shows_new_rows_and_the_address_filter_when_opened_again() {
        Long first = report("Listeavvik en", false);
        login(leader.getUsername(), Roles.LEADER);
        UI.getCurrent().navigate(DeviationListView.class);
        DeviationListView list = _get(DeviationListView.class);
        list.category.setValue(list.category.getListDataView().getItems().findFirst().orElseThrow());
        assertThat(GridKt._fetch(list.grid, 0, 50)).extracting(DeviationRow::id).containsExactly(first);

        // the menu link again, after a new report: the same view, no filter left, the new row shown
        Long second = report("Listeavvik to", false);
        login(leader.getUsername(), Roles.LEADER);
        UI.getCurrent().navigate(DeviationListView.class);
        assertThat(_get(DeviationListView.class)).isSameAs(list);
        assertThat(list.category.getValue()).isNull();
        assertThat(list.openOnly.getValue()).isFalse();
        assertThat(GridKt._fetch(list.grid, 0, 50)).extracting(DeviationRow::id).containsExactlyInAnyOrder(first,
                second);

        // a start-page link with ?apne, then the menu link without it
        UI.getCurrent().navigate(no.kommune.portal.deviations.DeviationLinks.LIST, com.vaadin.flow.router.QueryParameters.fromString(
                no.kommune.portal.deviations.DeviationLinks.OPEN_ONLY));
        assertThat(_get(DeviationListView.class).openOnly.getValue()).isTrue();
        UI.getCurrent().navigate(DeviationListView.class);
        assertThat(_get(DeviationListView.class).openOnly.getValue()).isFalse();
    }

    @Test
    void my_deviations_then_another_page_then_my_deviations_shows_the_new_report() {
        Long first = report("Mitt første", false);
        login(employee.getUsername(), Roles.EMPLOYEE);
        UI.getCurrent().navigate(MyDeviationsView.class);
        MyDeviationsView mine = _get(MyDeviationsView.class);
        assertThat(GridKt._fetch(mine.grid, 0, 50)).extracting(DeviationRow::id).containsExactly(first);

        UI.getCurrent().navigate(ReportDeviationView.class);
        Long second = report("Mitt andre", false);
        login(employee.getUsername(), Roles.EMPLOYEE);
        UI.getCurrent().navigate(MyDeviationsView.class);
        assertThat(GridKt._fetch(_get(MyDeviationsView.class).grid, 0, 50)).extracting(DeviationRow::id)
                .containsExactlyInAnyOrder(first, second);
        // and the same page twice (its menu link clicked again) reads the rows again too
        Long third = report("Mitt tredje", false);
        login(employee.getUsername(), Roles.EMPLOYEE);
        UI.getCurrent().navigate(MyDeviationsView.class);
        assertThat(GridKt._fetch(_get(MyDeviationsView.class).grid, 0, 50)).extracting(DeviationRow::id)
                .containsExactlyInAnyOrder(first, second, third);
    }

    @Test
    void the_report_form_opened_again_is_empty() {
        login(employee.getUsername(), Roles.EMPLOYEE);
        UI.getCurrent().navigate(ReportDeviationView.class);
        ReportDeviationView form = _get(ReportDeviationView.class);
        form.title.setValue("Halvferdig");
        form.severity.setValue(Severity.HIGH);
        UI.getCurrent().navigate(ReportDeviationView.class);
        assertThat(_get(ReportDeviationView.class)).isSameAs(form);
        assertThat(form.title.getValue()).isEmpty();
        assertThat(form.severity.getValue()).isEqualTo(Severity.MEDIUM);
        assertThat(form.unit.getValue().id()).isEqualTo(unit.getId());
    }

    @Test
    void statistics_opened_again_start_from_this_year_and_all_units() {
        report("Avvik for statistikk igjen", false);
        login(quality.getUsername(), Roles.QUALITY);
        UI.getCurrent().navigate(DeviationStatisticsView.class);
        DeviationStatisticsView view = _get(DeviationStatisticsView.class);
        view.unit.setValue(view.unit.getListDataView().getItems().filter(u -> u.id().equals(otherArea.getId()))
                .findFirst().orElseThrow());
        view.year.setValue(2001);
        assertThat(view.total.getText()).contains("2001: 0");

        UI.getCurrent().navigate(DeviationStatisticsView.class);
        assertThat(_get(DeviationStatisticsView.class)).isSameAs(view);
        int year = java.time.LocalDate.now(no.kommune.portal.base.Formats.ZONE).getYear();
        assertThat(view.year.getValue()).isEqualTo(year);
        assertThat(view.unit.getValue()).isNull();
        assertThat(view.total.getText()).startsWith("Antall innmeldte avvik " + year + ": ");
    }
}
