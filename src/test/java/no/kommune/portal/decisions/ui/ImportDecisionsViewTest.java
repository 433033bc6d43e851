package no.kommune.portal.decisions.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.MockRouteAccessDeniedError;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;
import no.kommune.portal.decisions.ImportColumn;
import no.kommune.portal.decisions.ImportPreview;
import no.kommune.portal.organisation.BodyType;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.testsupport.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 11 item 4 on screen: the import page says which columns it reads and what happened to every row. */
class ImportDecisionsViewTest extends KaribuTest {

    @Autowired OrgFixtures org;

    @BeforeEach
    void council() {
        org.bodyNamed("Kommunestyret", "KS", BodyType.COUNCIL);
    }

    @Test
    void the_page_lists_every_column_with_required_format_and_status_values_and_offers_templates() {
        login("direktor-import-side", Roles.MANAGEMENT);
        UI.getCurrent().navigate(ImportDecisionsView.class);
        ImportDecisionsView view = _get(ImportDecisionsView.class);

        assertThat(GridKt._size(view.columnGuide)).isEqualTo(ImportColumn.values().length);
        int titleRow = ImportColumn.TITLE.ordinal();
        assertThat(GridKt._getFormattedRow(view.columnGuide, titleRow)).contains("Oppdrag", "Ja (eller Beskrivelse)");
        assertThat(GridKt._getFormattedRow(view.columnGuide, ImportColumn.STATUS.ordinal()).get(3))
                .contains("Ikke startet", "Iht. plan", "Forsinket", "Ferdig");
        assertThat(GridKt._getFormattedRow(view.columnGuide, ImportColumn.RECORD_ID.ordinal()).get(2)).isEqualTo("Nei");
        assertThat(view.xlsxTemplate.getText()).isEqualTo("Last ned mal (Excel)");
        assertThat(view.csvTemplate.getText()).isEqualTo("Last ned mal (CSV)");
        assertThat(view.csvTemplate.getHref()).isNotBlank();
    }

    @Test
    void management_imports_a_file_with_one_bad_row_and_sees_that_rows_message() throws Exception {
        login("direktor-import-side", Roles.MANAGEMENT);
        UI.getCurrent().navigate(ImportDecisionsView.class);
        ImportDecisionsView view = _get(ImportDecisionsView.class);
        String title = OrgFixtures.unique("Trafikksikkerhetsplan");
        String file = "Organ;Saksnummer;Oppdrag;Frist\nKommunestyret;PS-55/26;" + title + ";31.12.2026\n"
                + "Kommunestyret;PS-55/26;;31.04.2026\n";

        view.onFile("vedtak.csv", file.getBytes(StandardCharsets.UTF_8));
        awaitUi(() -> view.lines.isVisible() && GridKt._size(view.lines) == 2);

        assertThat(view.summary.getText()).contains("2 rader lest: 1 nye", "1 avvist");
        assertThat(GridKt._getFormattedRow(view.lines, 1)).contains("3", "Avvist");
        assertThat(view.problems.getListDataView().getItems().map(p -> p.line() + " " + p.messageKey()))
                .contains("3 import.problem.missingTitle", "3 import.problem.invalidDate");
        assertThat(view.importButton.isEnabled()).isTrue();
        assertThat(view.importButton.getText()).isEqualTo("Importer 1 nye rader");

        _click(view.importButton);
        awaitUi(view.result::isVisible);

        String shown = view.result.getElement().getTextRecursively();
        assertThat(shown).contains("1 oppdrag importert", "1 rader avvist", "Linje 3 avvist: Mangler tittel",
                "Linje 3 avvist: Ugyldig dato «31.04.2026»");
        awaitUi(() -> GridKt._size(view.lines) == 2 && GridKt._get(view.lines, 0).outcome()
                == ImportPreview.Outcome.ALREADY_IMPORTED);
        assertThat(view.importButton.isEnabled()).as("nothing new left to import").isFalse();
    }

    @Test
    void management_maps_an_unrecognised_column_in_the_preview() throws Exception {
        login("direktor-import-side", Roles.MANAGEMENT);
        UI.getCurrent().navigate(ImportDecisionsView.class);
        ImportDecisionsView view = _get(ImportDecisionsView.class);
        String file = "Organ;Hva skal gjøres\nKommunestyret;" + OrgFixtures.unique("Ny turvei") + "\n";

        view.onFile("egen.csv", file.getBytes(StandardCharsets.UTF_8));
        awaitUi(() -> view.columnMapping.isVisible() && GridKt._size(view.columnMapping) == 2);
        assertThat(view.problems.getListDataView().getItems().map(ImportPreview.Problem::messageKey))
                .contains("import.problem.noTitleColumn");
        assertThat(view.importButton.isEnabled()).isFalse();

        view.chooseColumn("hva skal gjøres", ImportColumn.TITLE);
        awaitUi(() -> view.importButton.isEnabled());
        assertThat(GridKt._get(view.columnMapping, 1).column()).isEqualTo(ImportColumn.TITLE);
    }

    @Test
    void leaders_are_denied_the_import_page() {
        login("leder-import-side", Roles.LEADER);
        assertThatThrownBy(() -> UI.getCurrent().navigate(ImportDecisionsView.class)).isInstanceOfAny(MockRouteAccessDeniedError.class, MockAccessDeniedException.class);
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
