package no.kommune.portal.supervisions.ui;

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
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.function.BooleanSupplier;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.OrgUnit;
import no.kommune.portal.organisation.OrgUnitType;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UserAccount;
import no.kommune.portal.supervisions.SupervisionDraft;
import no.kommune.portal.supervisions.SupervisionRow;
import no.kommune.portal.supervisions.SupervisionService;
import no.kommune.portal.supervisions.SupervisionStatus;
import no.kommune.portal.testsupport.KaribuTest;
import no.kommune.portal.testsupport.TestSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Allowed and denied per role for the supervision views, the forms' bad input and the export buttons. */
class SupervisionViewsTest extends KaribuTest {

    @Autowired OrgFixtures org;
    @Autowired SupervisionService service;

    UserAccount leader;
    String sector;
    Long ownId;
    Long otherId;

    @BeforeEach
    void data() {
        OrgUnit kommune = org.municipality();
        OrgUnit own = org.unit("Barnevern", OrgUnitType.UNIT, kommune);
        OrgUnit other = org.unit("Skole", OrgUnitType.UNIT, kommune);
        leader = org.user("leder", Roles.LEADER);
        org.lead(leader, own);
        sector = OrgFixtures.unique("Sektor for helse");
        TestSecurity.runAs("kvalitet-test", Roles.QUALITY);
        ownId = service.create(SupervisionDraft.of(2025, sector, "Statsforvalter i Innlandet", "Barneverntjenesten",
                "Pålegg om retting", "02.01.2026", "Plan sendt").withUnit(own.getId())).id();
        otherId = service.create(SupervisionDraft.of(2025, sector, "Arbeidstilsynet", "Hernes skole",
                "Vold og trusler", "Oktober 2025", "Dokumentasjon innsendt").withUnit(other.getId())).id();
        TestSecurity.clear();
    }

    @Test
    void politician_reads_the_register_without_edit_actions() {
        login("politiker-test", Roles.POLITICIAN);
        UI.getCurrent().navigate(SupervisionListView.class);
        SupervisionListView view = _get(SupervisionListView.class);
        view.sector.setValue(sector);
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        assertThat(view.create).isNull();
        UI.getCurrent().navigate(SupervisionDetailView.class, otherId);
        _assertNone(Button.class, spec -> spec.withId("supervision-edit"));
        _assertNone(Button.class, spec -> spec.withId("supervision-measures"));
    }

    @Test
    void employee_and_admin_are_denied_the_register() {
        login("ansatt-test", Roles.EMPLOYEE);
        assertThatThrownBy(() -> UI.getCurrent().navigate(SupervisionListView.class)).isInstanceOfAny(MockRouteAccessDeniedError.class, MockAccessDeniedException.class);
        _assertNone(SupervisionListView.class);
        login("admin-test", Roles.ADMIN);
        assertThatThrownBy(() -> UI.getCurrent().navigate(SupervisionDetailView.class, ownId))
                .isInstanceOfAny(MockRouteAccessDeniedError.class, MockAccessDeniedException.class);
        _assertNone(SupervisionDetailView.class);
    }

    @Test
    void leader_sees_own_units_rows_and_updates_measures_and_markup_keeps_the_dialog_open() {
        login(leader.getUsername(), Roles.LEADER);
        UI.getCurrent().navigate(SupervisionListView.class);
        SupervisionListView view = _get(SupervisionListView.class);
        view.sector.setValue(sector);
        assertThat(GridKt._findAll(view.grid)).extracting(SupervisionRow::id).containsExactly(ownId);

        UI.getCurrent().navigate(SupervisionDetailView.class, ownId);
        _assertNone(Button.class, spec -> spec.withId("supervision-edit"));
        _click(_get(Button.class, spec -> spec.withId("supervision-measures")));
        MeasuresDialog dialog = _get(MeasuresDialog.class);
        dialog.measures.setValue("<script>alert(1)</script>");
        _click(dialog.save);
        _assertOne(MeasuresDialog.class);
        assertThat(dialog.measures.isInvalid()).isTrue();
        assertThat(dialog.measures.getErrorMessage()).isEqualTo("HTML eller skript er ikke tillatt");
        assertThat(dialog.measures.getValue()).isEqualTo("<script>alert(1)</script>");

        dialog.measures.setValue("Nytt system for hjelpetiltak innført");
        _click(dialog.save);
        _assertNone(MeasuresDialog.class);
        TestSecurity.runAs(leader.getUsername(), Roles.LEADER);
        assertThat(service.detail(ownId).row().measures()).isEqualTo("Nytt system for hjelpetiltak innført");
    }

    @Test
    void quality_registers_and_empty_too_long_or_future_input_is_refused() {
        login("kvalitet-test", Roles.QUALITY);
        UI.getCurrent().navigate(SupervisionListView.class);
        _click(_get(Button.class, spec -> spec.withId("supervision-new")));
        SupervisionFormDialog dialog = _get(SupervisionFormDialog.class);

        _click(dialog.save);
        _assertOne(SupervisionFormDialog.class);
        assertThat(dialog.subject.isInvalid()).isTrue();
        assertThat(dialog.subject.getErrorMessage()).isEqualTo("Må fylles ut");
        dialog.sector.setValue(sector);
        dialog.subject.setValue("x".repeat(501));
        _click(dialog.save);
        assertThat(dialog.subject.getErrorMessage()).isEqualTo("Kan ikke være lengre enn 500 tegn");
        dialog.subject.setValue("Rus og psykisk helse");
        dialog.openedOn.setValue(java.time.LocalDate.now().plusDays(3));
        _click(dialog.save);
        _assertOne(SupervisionFormDialog.class);
        assertThat(dialog.openedOn.isInvalid()).isTrue();
        assertThat(dialog.subject.getValue()).isEqualTo("Rus og psykisk helse");

        dialog.openedOn.setValue(java.time.LocalDate.now().minusDays(3));
        dialog.deadline.setValue("Besvart innen fristen.");
        _click(dialog.save);
        _assertNone(SupervisionFormDialog.class);
        SupervisionDetailView detail = _get(SupervisionDetailView.class);
        assertThat(detail.getPageTitle()).isEqualTo("Rus og psykisk helse");

        _click(_get(Button.class, spec -> spec.withId("supervision-status")));
        SupervisionStatusDialog status = _get(SupervisionStatusDialog.class);
        status.status.setValue(SupervisionStatus.CLOSED);
        _click(status.save);
        _assertOne(SupervisionStatusDialog.class); // closing needs a comment
        status.comment.setValue("Lukket etter dialogmøte");
        _click(status.save);
        _assertNone(SupervisionStatusDialog.class);
        assertThat(GridKt._size(_get(SupervisionDetailView.class).history)).isEqualTo(2);
    }

    @Test
    void management_exports_the_filtered_register_in_the_background() throws Exception {
        login("direktor-test", Roles.MANAGEMENT);
        UI.getCurrent().navigate(SupervisionListView.class);
        SupervisionListView view = _get(SupervisionListView.class);
        view.sector.setValue(sector);
        _click(view.xlsx.getStartButton());
        awaitUi(() -> view.xlsx.getLink().isVisible());
        assertThat(view.xlsx.getLink().getText()).contains("tilsyn.xlsx");
    }

    private static void awaitUi(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 200 && !condition.getAsBoolean(); i++) {
            Thread.sleep(50);
            MockVaadin.clientRoundtrip(false);
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }

    // The router reuses a view opened again (another id, the menu clicked twice): the address decides what it shows.

    @Test
    void the_detail_page_opened_for_another_supervision_shows_the_other_one() {
        login("kvalitet-test", Roles.QUALITY);
        UI.getCurrent().navigate(SupervisionDetailView.class, ownId);
        SupervisionDetailView view = _get(SupervisionDetailView.class);
        assertThat(view.getPageTitle()).isEqualTo("Barneverntjenesten");

        UI.getCurrent().navigate(SupervisionDetailView.class, otherId);
        assertThat(_get(SupervisionDetailView.class)).isSameAs(view);
        assertThat(view.getPageTitle()).isEqualTo("Hernes skole");
        assertThat(view.getElement().getTextRecursively()).contains("Vold og trusler")
                .doesNotContain("Pålegg om retting");
    }

    @Test
    void the_register_opened_again_has_no_filter_left_and_shows_new_rows() {
        login("kvalitet-test", Roles.QUALITY);
        UI.getCurrent().navigate(SupervisionListView.class);
        SupervisionListView view = _get(SupervisionListView.class);
        view.sector.setValue(sector);
        view.text.setValue("Hernes");
        assertThat(GridKt._size(view.grid)).isEqualTo(1);

        String newSector = OrgFixtures.unique("Sektor for kultur");
        TestSecurity.runAs("kvalitet-test", Roles.QUALITY);
        service.create(SupervisionDraft.of(2025, newSector, "Mattilsynet", "Kulturhuset", "Ingen avvik", "Mars 2025",
                null));
        login("kvalitet-test", Roles.QUALITY);
        UI.getCurrent().navigate(SupervisionListView.class);
        assertThat(_get(SupervisionListView.class)).isSameAs(view);
        assertThat(view.sector.getValue()).isNull();
        assertThat(view.text.getValue()).isEmpty();
        assertThat(view.sector.getListDataView().getItems()).contains(newSector);
        view.sector.setValue(newSector);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
    }
}
