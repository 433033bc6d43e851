package no.kommune.portal.decisions.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import no.kommune.portal.organisation.BodyType;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.PoliticalBody;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CaseListViewTest extends KaribuTest {

    @Autowired OrgFixtures org;

    @Test
    void management_imports_a_case_list_and_filters_it_and_a_bad_file_loses_nothing() {
        PoliticalBody body = org.body("Oppvekstutvalget", BodyType.COMMITTEE, org.municipality());
        login("direktor-sak", Roles.MANAGEMENT);
        UI.getCurrent().navigate(CaseListView.class);
        CaseListView view = _get(CaseListView.class);
        view.body.setValue(body);

        view.importFile("saker.csv", "case_number,title\n1/26,Skolebruksplan\n2/26,Barnehagebehov\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        view.importFile("saker.csv", "case_number,title\n3/26,=HYPERLINK(\"x\")\n4/26,<b>fet</b>\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(GridKt._size(view.grid)).as("a refused file imports nothing").isEqualTo(2);

        view.text.setValue("skole");
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._get(view.grid, 0).caseNumbers()).isEqualTo("1/26");
    }

    @Test
    void politicians_read_without_the_import_and_employees_are_denied() {
        login("politiker-sak", Roles.POLITICIAN);
        UI.getCurrent().navigate(CaseListView.class);
        _assertOne(CaseListView.class);
        _assertNone(Upload.class);

        login("ansatt-sak", Roles.EMPLOYEE);
        assertThatThrownBy(() -> UI.getCurrent().navigate(CaseListView.class))
                .isInstanceOf(MockAccessDeniedException.class).hasMessageContaining("Access is denied");
    }
}
