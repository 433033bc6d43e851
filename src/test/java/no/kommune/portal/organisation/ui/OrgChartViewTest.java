package no.kommune.portal.organisation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import java.time.LocalDateTime;
import no.kommune.portal.deviations.DeviationDraft;
import no.kommune.portal.deviations.DeviationService;
import no.kommune.portal.deviations.Severity;
import no.kommune.portal.organisation.ChartUnit;
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

/** Issue 12 item 2 on screen: the administrator creates and closes units in the organisation chart. */
class OrgChartViewTest extends KaribuTest {

    @Autowired OrgFixtures org;
    @Autowired DeviationService deviations;

    OrgUnit kommune;
    OrgUnit oppvekst;

    @BeforeEach
    void data() {
        kommune = org.municipality();
        oppvekst = org.unit("Oppvekst", OrgUnitType.SERVICE_AREA, kommune);
    }

    private OrgChartView open() {
        login("admin-kart-side", Roles.ADMIN);
        UI.getCurrent().navigate(OrgChartView.class);
        return _get(OrgChartView.class);
    }

    private static ChartUnit row(OrgChartView view, Long id) {
        return view.tree.getTreeData().getRootItems().stream()
                .flatMap(root -> descendants(view, root)).filter(u -> u.id().equals(id)).findFirst().orElseThrow();
    }

    private static java.util.stream.Stream<ChartUnit> descendants(OrgChartView view, ChartUnit u) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(u),
                view.tree.getTreeData().getChildren(u).stream().flatMap(c -> descendants(view, c)));
    }

    @Test
    void admin_creates_a_unit_under_the_selected_one_and_a_bad_name_keeps_the_dialog_open() {
        OrgChartView view = open();
        view.tree.select(row(view, oppvekst.getId()));
        _click(view.newUnit);

        NewUnitDialog dialog = (NewUnitDialog) view.dialog;
        assertThat(dialog.getHeaderTitle()).isEqualTo("Ny enhet");
        assertThat(dialog.parent.getValue().id()).isEqualTo(oppvekst.getId());
        assertThat(dialog.type.getValue()).isEqualTo(OrgUnitType.UNIT);
        dialog.name.setValue("<b>Skolene</b>");
        _click(dialog.save);
        assertThat(dialog.error.getText()).isEqualTo("Navn kan ikke inneholde HTML eller skript");
        assertThat(dialog.name.getValue()).as("what was typed is kept").isEqualTo("<b>Skolene</b>");
        _assertOne(Dialog.class);

        String name = OrgFixtures.unique("Skolene");
        dialog.name.setValue(name);
        dialog.code.setValue("200");
        _click(dialog.save);

        _assertNone(Dialog.class);
        ChartUnit created = view.selected();
        assertThat(created.name()).as("the new unit is selected: focus goes to its row").isEqualTo(name);
        assertThat(created.parentId()).isEqualTo(oppvekst.getId());
        assertThat(created.type()).isEqualTo(OrgUnitType.UNIT);
        assertThat(created.code()).isEqualTo("200");
        assertThat(view.tree.getTreeData().getChildren(row(view, oppvekst.getId()))).contains(created);
    }

    @Test
    void admin_closes_a_unit_after_choosing_the_unit_that_takes_over_its_open_cases() {
        OrgUnit gamle = org.unit("Gamle skole", OrgUnitType.UNIT, oppvekst);
        OrgUnit nye = org.unit("Nye skole", OrgUnitType.UNIT, oppvekst);
        org.lead(org.user("rektor", Roles.LEADER), nye);
        org.lead(org.user("rektor-gamle", Roles.LEADER), gamle);
        UserAccount ansatt = org.memberOf(org.user("ansatt", Roles.EMPLOYEE), gamle);
        TestSecurity.runAs(ansatt.getUsername(), Roles.EMPLOYEE);
        Long deviation = deviations.report(new DeviationDraft("Glatt gulv", "Vann i gangen",
                LocalDateTime.now().minusHours(1), gamle.getId(), null, deviations.categories().getFirst().getId(),
                Severity.LOW, null, false)).id();

        OrgChartView view = open();
        view.tree.select(row(view, gamle.getId()));
        assertThat(view.close.isEnabled()).isTrue();
        _click(view.close);

        CloseUnitDialog dialog = (CloseUnitDialog) view.dialog;
        assertThat(dialog.getHeaderTitle()).isEqualTo("Legg ned " + gamle.getName());
        assertThat(dialog.moves.getElement().getTextRecursively())
                .contains("1 åpne avvik", "0 åpne oppdrag", "1 personer som jobber i enheten");
        assertThat(dialog.save.isEnabled()).as("no receiving unit chosen yet").isFalse();
        assertThat(dialog.target.getListDataView().getItems().map(ChartUnit::id))
                .contains(nye.getId()).doesNotContain(gamle.getId());

        dialog.target.setValue(row(view, nye.getId()));
        assertThat(dialog.refusals.getChildren()).isEmpty();
        assertThat(dialog.save.isEnabled()).isTrue();
        _click(dialog.save);

        _assertNone(Dialog.class);
        ChartUnit closed = view.selected();
        assertThat(closed.id()).as("focus back on the closed unit's row").isEqualTo(gamle.getId());
        assertThat(closed.active()).isFalse();
        assertThat(view.close.isEnabled()).isFalse();
        assertThat(view.reopen.isEnabled()).isTrue();
        TestSecurity.runAs("kvalitet-se", Roles.QUALITY);
        assertThat(deviations.detail(deviation).reportedToUnit()).isEqualTo(nye.getName());
    }

    @Test
    void closing_a_unit_with_open_units_below_says_why_and_cannot_be_confirmed() {
        OrgUnit skolene = org.unit("Skolene", OrgUnitType.UNIT, oppvekst);
        OrgUnit skole = org.unit("Røros skole", OrgUnitType.DEPARTMENT, skolene);
        OrgChartView view = open();
        view.tree.select(row(view, skolene.getId()));
        _click(view.close);

        CloseUnitDialog dialog = (CloseUnitDialog) view.dialog;
        dialog.target.setValue(row(view, oppvekst.getId()));
        assertThat(dialog.refusals.getElement().getTextRecursively())
                .contains("Enheter under denne er fortsatt aktive: " + skole.getName());
        assertThat(dialog.save.isEnabled()).isFalse();
        _click(dialog.cancel);
        assertThat(view.selected().id()).as("focus back on the row").isEqualTo(skolene.getId());
        assertThat(view.selected().active()).isTrue();
    }

    @Test
    void management_and_leaders_are_denied_the_organisation_chart() {
        login("direktor-kart", Roles.MANAGEMENT, Roles.QUALITY, Roles.LEADER);
        assertThatThrownBy(() -> UI.getCurrent().navigate(OrgChartView.class))
                .isInstanceOf(MockAccessDeniedException.class).hasMessageContaining("denied by annotations");
        _assertNone(OrgChartView.class);
    }
}
