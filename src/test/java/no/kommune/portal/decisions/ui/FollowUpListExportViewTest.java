package no.kommune.portal.decisions.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import no.kommune.portal.base.PageSlice.SortBy;
import no.kommune.portal.decisions.DecisionFixtures;
import no.kommune.portal.decisions.MandateRow;
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

/** Issue 11 items 2, 9 and 11 on the follow-up list and the mandate page. */
class FollowUpListExportViewTest extends KaribuTest {

    @Autowired OrgFixtures org;
    @Autowired DecisionFixtures fixtures;

    PoliticalBody body;
    Long late;

    @BeforeEach
    void data() {
        body = fixtures.body();
        OrgUnit unit = org.unit("Oppvekst", OrgUnitType.SERVICE_AREA, org.municipality());
        UserAccount leader = org.user("leder", Roles.LEADER);
        late = fixtures.mandate(body, "Forsinket oppdrag", LocalDate.now().minusDays(3), leader, unit);
        fixtures.mandate(body, "Oppdrag i rute", LocalDate.now().plusDays(30), leader, unit);
    }

    @Test
    void the_export_takes_the_lists_filter_and_order_and_is_made_in_the_background() throws Exception {
        login("politiker-eksport", Roles.POLITICIAN);
        UI.getCurrent().navigate("oppfolging", QueryParameters.fromString("organ=" + body.getId() + "&forsinket"));
        FollowUpListView view = _get(FollowUpListView.class);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        MandateRow row = GridKt._get(view.grid, 0);
        assertThat(row.title()).isEqualTo("Forsinket oppdrag");

        view.grid.sort(List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(
                view.grid.getColumns().get(1), SortDirection.DESCENDING)));
        FollowUpListView.ExportRequest request = view.exportRequest();
        assertThat(request.filter().bodyId()).isEqualTo(body.getId());
        assertThat(request.filter().overdueOnly()).isTrue();
        assertThat(request.sort()).containsExactly(SortBy.desc("title"));
        assertThat(request.filterUsed()).anySatisfy(l -> assertThat(l).containsExactly(
                view.getTranslation("decisions.body"), body.getName()));
        assertThat(request.filterUsed()).anySatisfy(l -> assertThat(l).containsExactly(
                view.getTranslation("decisions.overdueOnly"), view.getTranslation("decisions.export.yes")));

        _click(_get(Button.class, spec -> spec.withId("export-csv")));
        for (int i = 0; i < 600 && !view.exportCsv.getLink().isVisible(); i++) {
            Thread.sleep(50);
            MockVaadin.clientRoundtrip(false);
        }
        assertThat(view.exportCsv.getLink().isVisible()).isTrue();
        assertThat(view.exportCsv.getLink().getText()).contains("oppfolging-oppdrag.csv");
    }

    @Test
    void address_filters_for_unclear_deadlines_and_earlier_years_are_applied() {
        login("direktor-adresse", Roles.MANAGEMENT);
        UI.getCurrent().navigate("oppfolging",
                QueryParameters.fromString("organ=" + body.getId() + "&fristUklar&tidligereAar"));
        FollowUpListView view = _get(FollowUpListView.class);
        // both sit behind "Flere filtre": the link opens the panel, so the reader sees what the list is filtered by
        FollowUpListView.MoreFilters more = _get(FollowUpListView.MoreFilters.class);
        assertThat(more.isVisible()).isTrue();
        assertThat(view.moreFiltersToggle.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(more.unclear.getValue()).isTrue();
        assertThat(more.earlierYears.getValue()).isTrue();
        assertThat(more.notUpdated.getValue()).isFalse();
        assertThat(view.exportRequest().filter().unclearOnly()).isTrue();
        assertThat(view.exportRequest().filter().earlierYearsOnly()).isTrue();
        assertThat(GridKt._size(view.grid)).isZero();
    }

    @Test
    void the_mandate_page_shows_the_original_decision() {
        login("politiker-opphav", Roles.POLITICIAN);
        UI.getCurrent().navigate(MandateDetailView.class, late);
        assertThat(_get(Paragraph.class, spec -> spec.withId("mandate-origin")).getText())
                .contains("PS-021/25", "27.03.2025", body.getName(), "2025");
    }
}
