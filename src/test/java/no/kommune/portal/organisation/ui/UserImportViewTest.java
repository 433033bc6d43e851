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
import com.vaadin.flow.component.button.Button;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;
import no.kommune.portal.organisation.OrgChartImportPreview;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UserAdminService;
import no.kommune.portal.organisation.UserImportColumn;
import no.kommune.portal.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 12 item 2 on screen: the user import shows every row and imports all rows or none. */
class UserImportViewTest extends KaribuTest {

    @Autowired UserAdminService users;

    private UserImportView open() {
        login("admin-user-import-side", Roles.ADMIN);
        UI.getCurrent().navigate(UserImportView.class);
        return _get(UserImportView.class);
    }

    @Test
    void the_user_page_leads_to_the_import_which_lists_the_columns_and_offers_templates() {
        login("admin-user-import-side", Roles.ADMIN);
        UI.getCurrent().navigate(UserAdminView.class);
        _click(_get(Button.class, spec -> spec.withId("import-users")));
        UserImportView view = _get(UserImportView.class);

        assertThat(GridKt._size(view.columnGuide)).isEqualTo(UserImportColumn.values().length);
        assertThat(GridKt._getFormattedRow(view.columnGuide, UserImportColumn.ROLES.ordinal())).contains("roller");
        assertThat(view.xlsxTemplate.getText()).isEqualTo("Last ned mal (Excel)");
        assertThat(view.csvTemplate.getHref()).isNotBlank();
    }

    @Test
    void a_file_with_a_bad_row_cannot_be_imported_and_the_fixed_file_is() throws Exception {
        UserImportView view = open();
        String a = OrgFixtures.unique("side-a");
        String b = OrgFixtures.unique("side-b");
        String bad = "navn;e-post;brukernavn;enheter;roller\n"
                + "Anne Side;" + a + "@kommune.no;" + a + ";;leder\n"
                + "Bjørn Side;" + b + "@kommune.no;" + b + ";;varsling\n";

        view.onFile("brukere.csv", bad.getBytes(StandardCharsets.UTF_8));
        awaitUi(() -> view.lines.isVisible() && GridKt._size(view.lines) == 2);

        assertThat(view.summary.getText()).contains("2 rader lest: 1 nye", "1 med feil",
                "Ingenting kan importeres før feilene er rettet");
        assertThat(GridKt._getFormattedRow(view.lines, 1)).contains("3", "Feil");
        assertThat(GridKt._getFormattedRow(view.problems, 0).get(2))
                .startsWith("«varsling»: rollen som varslingsmottaker kan ikke importeres");
        assertThat(view.importButton.isEnabled()).as("all or nothing").isFalse();

        view.onFile("brukere.csv", bad.replace(";;varsling", ";;ansatt").getBytes(StandardCharsets.UTF_8));
        awaitUi(() -> view.importButton.isEnabled());
        assertThat(view.importButton.getText()).isEqualTo("Importer 2 nye og endrede brukere");
        _click(view.importButton);
        awaitUi(view.result::isVisible);

        assertThat(view.result.getElement().getTextRecursively()).contains("2 brukere opprettet, 0 endret");
        awaitUi(() -> GridKt._size(view.lines) == 2 && GridKt._get(view.lines, 0).outcome()
                == OrgChartImportPreview.Outcome.UNCHANGED);
        assertThat(view.importButton.isEnabled()).as("nothing left to import").isFalse();
        assertThat(users.page(new UserAdminService.Filter(b, null, true),
                no.kommune.portal.base.PageSlice.of(0, 5))).singleElement().satisfies(u -> {
            assertThat(u.getFullName()).isEqualTo("Bjørn Side");
            assertThat(u.hasPassword()).isFalse();
        });
    }

    @Test
    void management_is_denied_the_import_page() {
        login("direktor-import-brukere", Roles.MANAGEMENT);
        assertThatThrownBy(() -> UI.getCurrent().navigate(UserImportView.class))
                .isInstanceOf(MockAccessDeniedException.class);
        _assertNone(UserImportView.class);
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
