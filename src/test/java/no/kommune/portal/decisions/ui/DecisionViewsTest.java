package no.kommune.portal.decisions.ui;

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
import com.github.mvysny.kaributesting.v10.RenderersKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeButton;
import java.time.LocalDate;
import java.util.function.BooleanSupplier;
import no.kommune.portal.decisions.DecisionFixtures;
import no.kommune.portal.decisions.ImportPreview;
import no.kommune.portal.decisions.MandateRow;
import no.kommune.portal.decisions.MandateState;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.OrgUnit;
import no.kommune.portal.organisation.OrgUnitType;
import no.kommune.portal.organisation.PoliticalBody;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UserAccount;
import no.kommune.portal.testsupport.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Allowed and denied per role for every decisions view, and the forms' bad input. */
class DecisionViewsTest extends KaribuTest {

    @Autowired OrgFixtures org;
    @Autowired DecisionFixtures fixtures;

    PoliticalBody body;
    UserAccount leader;
    Long mandateId;

    @BeforeEach
    void data() {
        body = fixtures.body();
        OrgUnit unit = org.unit("Oppvekst", OrgUnitType.SERVICE_AREA, org.municipality());
        leader = org.user("leder", Roles.LEADER);
        org.lead(leader, unit);
        mandateId = fixtures.mandate(body, "Kartlegging behov barnehage", LocalDate.now().minusDays(2), leader, unit);
    }

    @Test
    void politician_reads_the_follow_up_list_without_management_actions() {
        login("politiker-test", Roles.POLITICIAN);
        UI.getCurrent().navigate(FollowUpListView.class);
        FollowUpListView view = _get(FollowUpListView.class);
        view.body.setValue(body);

        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        MandateRow row = GridKt._get(view.grid, 0);
        assertThat(row.title()).isEqualTo("Kartlegging behov barnehage");
        assertThat(row.overdue()).isTrue();
        // past its deadline: counted as Forsinket, not as Ikke startet (one definition of delayed)
        assertThat(_get(NativeButton.class, spec -> spec.withId("count-DELAYED")).getElement().getProperty("innerHTML"))
                .isEqualTo("<span class=portal-count>1</span> Forsinket");
        assertThat(_get(NativeButton.class, spec -> spec.withId("count-OPEN")).getElement().getProperty("innerHTML"))
                .startsWith("<span class=portal-count>0</span>");
        _assertNone(Button.class, spec -> spec.withText(view.getTranslation("decisions.nav.register")));
    }

    @Test
    void employee_is_denied_the_follow_up_list_and_politician_is_denied_my_mandates_and_registration() {
        login("ansatt-test", Roles.EMPLOYEE);
        assertThatThrownBy(() -> UI.getCurrent().navigate(FollowUpListView.class)).isInstanceOfAny(MockRouteAccessDeniedError.class, MockAccessDeniedException.class);
        _assertNone(FollowUpListView.class);
        login("politiker-test", Roles.POLITICIAN);
        assertThatThrownBy(() -> UI.getCurrent().navigate(MyMandatesView.class)).isInstanceOfAny(MockRouteAccessDeniedError.class, MockAccessDeniedException.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate(RegisterDecisionView.class)).isInstanceOfAny(MockRouteAccessDeniedError.class, MockAccessDeniedException.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate(ImportDecisionsView.class)).isInstanceOfAny(MockRouteAccessDeniedError.class, MockAccessDeniedException.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate(PeriodsView.class)).isInstanceOfAny(MockRouteAccessDeniedError.class, MockAccessDeniedException.class);
        _assertNone(MyMandatesView.class);
    }

    @Test
    void leader_updates_status_from_my_mandates_and_bad_text_keeps_the_dialog_open() {
        login(leader.getUsername(), Roles.LEADER);
        UI.getCurrent().navigate(MyMandatesView.class);
        MyMandatesView view = _get(MyMandatesView.class);
        MandateRow mine = GridKt._findAll(view.grid).stream().filter(r -> r.id().equals(mandateId)).findFirst().orElseThrow();
        assertThat(mine.mayUpdate()).isTrue();

        // the list's own button (a renderer: the browser draws it, the click comes back with the row)
        var button = (com.vaadin.flow.data.renderer.LitRenderer<MandateRow>) view.grid.getColumns().getLast().getRenderer();
        assertThat(RenderersKt._getPresentationValue(button, mine)).isEqualTo("Oppdater status");
        assertThat(button.getValueProviders().get("may").apply(mine)).isEqualTo(true);
        assertThat(button.getValueProviders().get("id").apply(mine)).isEqualTo(mandateId);
        view.openStatusUpdate(mine);
        _get(StatusUpdateDialog.class).close();
        // a forged call for a row she may not update opens nothing
        view.openStatusUpdate(withoutUpdateRight(mine));
        _assertNone(StatusUpdateDialog.class);

        UI.getCurrent().navigate(MandateDetailView.class, mandateId);
        _click(_get(Button.class, spec -> spec.withId("update-status")));
        StatusUpdateDialog dialog = _get(StatusUpdateDialog.class);
        dialog.status.setValue(dialog.status.getListDataView().getItems()
                .filter(l -> l.getLabel().equals("Forsinket")).findFirst().orElseThrow());
        dialog.text.setValue("<img src=x onerror=alert(1)>");
        _click(dialog.save);
        _assertOne(StatusUpdateDialog.class);
        assertThat(dialog.text.isInvalid()).isTrue();
        assertThat(dialog.text.getErrorMessage()).isEqualTo("HTML eller skript er ikke tillatt");
        assertThat(dialog.text.getValue()).isEqualTo("<img src=x onerror=alert(1)>");

        dialog.text.setValue("Venter på svar fra foreldreundersøkelsen");
        _click(dialog.save);
        _assertNone(StatusUpdateDialog.class);
        assertThat(_get(MandateDetailView.class).getPageTitle()).isEqualTo("Kartlegging behov barnehage");
    }

    @Test
    void management_registers_a_decision_and_empty_or_too_long_input_is_refused() {
        login("direktor-test", Roles.MANAGEMENT);
        UI.getCurrent().navigate(RegisterDecisionView.class);
        RegisterDecisionView view = _get(RegisterDecisionView.class);

        _click(view.save);
        assertThat(view.title.isInvalid()).isTrue();
        assertThat(view.title.getErrorMessage()).isEqualTo("Må fylles ut");
        assertThat(view.body.isInvalid()).isTrue();
        view.body.setValue(body);
        view.title.setValue("x".repeat(501));
        _click(view.save);
        assertThat(view.title.getErrorMessage()).isEqualTo("Kan ikke være lengre enn 500 tegn");
        _assertOne(RegisterDecisionView.class);

        String title = OrgFixtures.unique("Budsjett 2027");
        view.title.setValue(title);
        view.caseNumbers.setValue("PS-101/26");
        view.mandateForms.getFirst().mandateTitle.setValue("Vurdere skolestruktur");
        view.mandateForms.getFirst().deadlineText.setValue("1. halvår 2027");
        _click(view.save);

        _assertOne(FollowUpListView.class);
        FollowUpListView list = _get(FollowUpListView.class);
        list.text.setValue("Vurdere skolestruktur");
        assertThat(GridKt._findAll(list.grid)).anySatisfy(r -> {
            assertThat(r.decisionTitle()).isEqualTo(title);
            assertThat(r.deadlineDisplay()).isEqualTo("1. halvår 2027");
            assertThat(r.state()).isEqualTo(MandateState.OPEN);
        });
    }

    @Test
    void management_previews_an_import_and_sees_the_invalid_date_before_anything_is_saved() throws Exception {
        login("direktor-test", Roles.MANAGEMENT);
        UI.getCurrent().navigate(ImportDecisionsView.class);
        ImportDecisionsView view = _get(ImportDecisionsView.class);
        String table = "Punkt i vedtak;Tema;Frist;Ansvarlig;Kommentar\nPkt. 2;Ny rutine for innkjøp;31.04.2025;;\n";

        view.body.setValue(body);
        view.onFile("elverum.csv", table.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        awaitUi(() -> !view.problems.getListDataView().getItems().toList().isEmpty());

        assertThat(view.problems.getListDataView().getItems().map(ImportPreview.Problem::messageKey))
                .contains("import.problem.invalidDate");
        assertThat(view.importButton.isEnabled()).isFalse();
        assertThat(view.summary.getText()).contains("1 avvist");
    }

    @Test
    void management_opens_a_period_and_leader_is_denied() {
        login("leder-test", Roles.LEADER);
        assertThatThrownBy(() -> UI.getCurrent().navigate(PeriodsView.class)).isInstanceOfAny(MockRouteAccessDeniedError.class, MockAccessDeniedException.class);
        login("direktor-test", Roles.MANAGEMENT);
        UI.getCurrent().navigate(PeriodsView.class);
        _assertOne(PeriodsView.class);
    }

    private static void awaitUi(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 200 && !condition.getAsBoolean(); i++) {
            Thread.sleep(50);
            MockVaadin.clientRoundtrip(false);
        }
        assertThat(condition.getAsBoolean()).as("UI updated from the background task; notifications: %s",
                com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications().stream()
                        .map(n -> n.getElement().getTextRecursively() + n.getElement().getProperty("text")).toList())
                .isTrue();
    }

    @Test
    void a_start_page_link_opens_the_list_filtered_by_body_and_overdue() {
        login("direktor-test", Roles.MANAGEMENT);
        UI.getCurrent().navigate("oppfolging",
                com.vaadin.flow.router.QueryParameters.fromString("organ=" + body.getId() + "&forsinket&status=NOPE"));
        FollowUpListView view = _get(FollowUpListView.class);

        assertThat(view.body.getValue()).isEqualTo(body);
        assertThat(view.overdue.getValue()).isTrue();
        assertThat(view.state.getValue()).isNull();
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
    }

    @Test
    void my_mandates_link_shows_only_overdue_ones() {
        fixtures.mandate(body, "Ikke forsinket", LocalDate.now().plusDays(60), leader, null);
        login(leader.getUsername(), Roles.LEADER);
        UI.getCurrent().navigate("mine-oppdrag", com.vaadin.flow.router.QueryParameters.fromString("forsinket"));
        MyMandatesView view = _get(MyMandatesView.class);

        assertThat(view.show.getValue()).isEqualTo(MyMandatesView.Show.OVERDUE);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        view.show.setValue(MyMandatesView.Show.ALL);
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
    }

    /** The same row as one the user may not update (what a forged call from the browser would name). */
    private static MandateRow withoutUpdateRight(MandateRow row) {
        try {
            var components = MandateRow.class.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = components[i].getName().equals("mayUpdate") ? false
                        : components[i].getAccessor().invoke(row);
            }
            return MandateRow.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    // The router reuses a view opened again (another link, the menu clicked twice): the address decides the filter.

    @Test
    void my_mandates_opened_again_without_the_link_shows_all_and_new_ones() {
        fixtures.mandate(body, "Ikke forsinket", LocalDate.now().plusDays(60), leader, null);
        login(leader.getUsername(), Roles.LEADER);
        UI.getCurrent().navigate("mine-oppdrag", com.vaadin.flow.router.QueryParameters.fromString("forsinket"));
        MyMandatesView view = _get(MyMandatesView.class);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);

        UI.getCurrent().navigate(MyMandatesView.class);
        assertThat(_get(MyMandatesView.class)).isSameAs(view);
        assertThat(view.show.getValue()).isEqualTo(MyMandatesView.Show.ALL);
        assertThat(GridKt._size(view.grid)).isEqualTo(2);

        fixtures.mandate(body, "Nytt oppdrag", LocalDate.now().plusDays(30), leader, null);
        login(leader.getUsername(), Roles.LEADER);
        UI.getCurrent().navigate(MyMandatesView.class);
        assertThat(GridKt._size(view.grid)).isEqualTo(3);
    }

    @Test
    void the_follow_up_list_opened_again_takes_its_filter_from_the_address_only() {
        login("direktor-test", Roles.MANAGEMENT);
        UI.getCurrent().navigate("oppfolging",
                com.vaadin.flow.router.QueryParameters.fromString("organ=" + body.getId() + "&forsinket"));
        FollowUpListView view = _get(FollowUpListView.class);
        assertThat(view.overdue.getValue()).isTrue();
        view.text.setValue("barnehage");

        UI.getCurrent().navigate(FollowUpListView.class);
        assertThat(_get(FollowUpListView.class)).isSameAs(view);
        assertThat(view.body.getValue()).isNull();
        assertThat(view.overdue.getValue()).isFalse();
        assertThat(view.text.getValue()).isEmpty();
    }
}
