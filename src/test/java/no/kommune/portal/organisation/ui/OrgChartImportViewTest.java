package no.kommune.portal.organisation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;
import no.kommune.portal.organisation.ChartUnit;
import no.kommune.portal.organisation.OrgChartColumn;
import no.kommune.portal.organisation.OrgChartImportPreview;
import no.kommune.portal.organisation.OrgChartService;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.OrgUnit;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.testsupport.KaribuTest;
import no.kommune.portal.testsupport.TestSecurity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 12 item 2 on screen: the organisation chart import shows every row and imports all rows or none. */
class OrgChartImportViewTest extends KaribuTest {

    @Autowired OrgFixtures org;
    @Autowired OrgChartService service;

    private OrgChartImportView open(OrgUnit kommune) {
        login("admin-import-side", Roles.ADMIN);
        UI.getCurrent().navigate(OrgChartImportView.class);
        OrgChartImportView view = _get(OrgChartImportView.class);
        view.municipality.setValue(view.municipality.getListDataView().getItems()
                .filter(m -> m.id().equals(kommune.getId())).findFirst().orElseThrow());
        return view;
    }

    @Test
    void the_page_lists_the_columns_and_offers_templates() {
        OrgChartImportView view = open(org.municipality());
        assertThat(GridKt._size(view.columnGuide)).isEqualTo(OrgChartColumn.values().length);
        assertThat(GridKt._getFormattedRow(view.columnGuide, OrgChartColumn.LEADER_EMAIL.ordinal()))
                .contains("leder_epost");
        assertThat(view.xlsxTemplate.getText()).isEqualTo("Last ned mal (Excel)");
        assertThat(view.csvTemplate.getHref()).isNotBlank();
    }

    @Test
    void a_file_with_a_bad_row_cannot_be_imported_and_the_fixed_file_is() throws Exception {
        OrgUnit kommune = org.municipality();
        OrgChartImportView view = open(kommune);
        String area = OrgFixtures.unique("Oppvekst");
        String bad = "tjenesteområde;enhet;avdeling;kode;leder_epost\n" + area + ";Skolene;;200;\n"
                + area + ";=Barnehagene;;;\n";

        view.onFile("organisasjon.csv", bad.getBytes(StandardCharsets.UTF_8));
        awaitUi(() -> view.lines.isVisible() && GridKt._size(view.lines) == 2);

        assertThat(view.summary.getText()).contains("2 rader lest: 1 nye", "1 med feil",
                "Ingenting kan importeres før feilene er rettet");
        assertThat(GridKt._getFormattedRow(view.lines, 1)).contains("3", "Feil");
        assertThat(view.problems.getListDataView().getItems().map(p -> p.line() + " " + p.messageKey()))
                .containsExactly("3 validation.field.formula");
        assertThat(GridKt._getFormattedRow(view.problems, 0).get(2)).startsWith("enhet kan ikke begynne med =");
        assertThat(view.importButton.isEnabled()).as("all or nothing").isFalse();

        view.onFile("organisasjon.csv", bad.replace(";=Barnehagene", ";Barnehagene").getBytes(StandardCharsets.UTF_8));
        awaitUi(() -> view.importButton.isEnabled());
        assertThat(view.importButton.getText()).isEqualTo("Importer 2 nye og endrede enheter");
        _click(view.importButton);
        awaitUi(view.result::isVisible);

        assertThat(view.result.getElement().getTextRecursively()).contains("3 enheter opprettet, 0 endret");
        awaitUi(() -> GridKt._size(view.lines) == 2 && GridKt._get(view.lines, 0).outcome()
                == OrgChartImportPreview.Outcome.UNCHANGED);
        assertThat(view.importButton.isEnabled()).as("nothing left to import").isFalse();
        TestSecurity.runAs("admin-import-side", Roles.ADMIN);
        assertThat(service.chart().stream().map(ChartUnit::name)).contains(area, "Skolene", "Barnehagene");
    }

    @Test
    void management_is_denied_the_import_page() {
        login("direktor-import-kart", Roles.MANAGEMENT);
        assertThatThrownBy(() -> UI.getCurrent().navigate(OrgChartImportView.class))
                .isInstanceOf(MockAccessDeniedException.class);
        _assertNone(OrgChartImportView.class);
    }

    private static void awaitUi(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 400 && !condition.getAsBoolean(); i++) {
            Thread.sleep(50);
            MockVaadin.clientRoundtrip(false);
        }
        assertThat(condition.getAsBoolean()).as("UI updated from the background task; notifications: %s",
                com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications().stream()
                        .map(n -> n.getElement().getTextRecursively() + n.getElement().getProperty("text")).toList())
                .isTrue();
    }
}
