package no.kommune.portal.decisions.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import no.kommune.portal.decisions.DecisionFixtures;
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

/**
 * Issue 15: the follow-up list's rarely used filters sit behind "Flere filtre" and are created only when shown; a
 * link that sets one of them opens them; the status counters filter by their state.
 */
class FollowUpListFiltersViewTest extends KaribuTest {

    @Autowired OrgFixtures org;
    @Autowired DecisionFixtures fixtures;

    PoliticalBody body;
    OrgUnit unit;

    @BeforeEach
    void data() {
        body = fixtures.body();
        unit = org.unit("Oppvekst", OrgUnitType.SERVICE_AREA, org.municipality());
        UserAccount leader = org.user("leder", Roles.LEADER);
        fixtures.mandate(body, "Forsinket oppdrag i enheten", LocalDate.now().minusDays(3), leader, unit);
        fixtures.mandate(body, "Oppdrag uten enhet", LocalDate.now().plusDays(30), leader, null);
    }

    private FollowUpListView open(String query) {
        UI.getCurrent().navigate("oppfolging", QueryParameters.fromString("organ=" + body.getId() + query));
        return _get(FollowUpListView.class);
    }

    @Test
    void the_rarely_used_filters_are_created_when_more_filters_is_opened_and_still_apply_when_it_is_closed() {
        login("politiker-filtre", Roles.POLITICIAN);
        FollowUpListView view = open("");
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        _assertNone(FollowUpListView.MoreFilters.class);
        assertThat(view.moreFiltersToggle.getText()).isEqualTo("Flere filtre");
        assertThat(view.moreFiltersToggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");

        _click(view.moreFiltersToggle);
        FollowUpListView.MoreFilters more = _get(FollowUpListView.MoreFilters.class);
        assertThat(more.isVisible()).isTrue();
        assertThat(view.moreFiltersToggle.getText()).isEqualTo("Færre filtre");
        assertThat(view.moreFiltersToggle.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(view.moreFiltersToggle.getElement().getAttribute("aria-controls")).isEqualTo("more-filters-panel");
        // every field says what it is (placeholder for the fields, label for the check boxes), in bokmål
        assertThat(more.year.getPlaceholder()).isEqualTo("År");
        assertThat(more.unit.getPlaceholder()).isEqualTo("Enhet");
        assertThat(more.responsible.getPlaceholder()).isEqualTo("Ansvarlig");
        assertThat(more.notUpdated.getLabel()).isEqualTo("Bare ikke oppdatert i perioden");

        more.unit.setValue(more.unit.getListDataView().getItems().filter(u -> u.id().equals(unit.getId()))
                .findFirst().orElseThrow());
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._get(view.grid, 0).title()).isEqualTo("Forsinket oppdrag i enheten");

        _click(view.moreFiltersToggle);
        assertThat(more.isVisible()).isFalse();
        assertThat(view.moreFiltersToggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(view.moreFiltersToggle.getText()).as("closed, the toggle says a hidden filter is in use")
                .isEqualTo("Flere filtre (1 i bruk)");
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(view.filter().unitId()).isEqualTo(unit.getId());
        assertThat(view.exportRequest().filterUsed()).anySatisfy(l -> {
            assertThat(l.getFirst()).isEqualTo("Enhet");
            assertThat(l.getLast()).startsWith("Oppvekst");
        });

        _click(view.moreFiltersToggle);
        assertThat(more.isVisible()).isTrue();
        assertThat(_get(FollowUpListView.MoreFilters.class)).as("opened again: the same fields").isSameAs(more);
    }

    @Test
    void a_link_with_a_hidden_filter_opens_more_filters_and_applies_it() {
        login("direktor-filtre", Roles.MANAGEMENT);
        FollowUpListView view = open("&enhet=" + unit.getId());

        FollowUpListView.MoreFilters more = _get(FollowUpListView.MoreFilters.class);
        assertThat(more.isVisible()).isTrue();
        assertThat(view.moreFiltersToggle.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(more.unit.getValue().id()).isEqualTo(unit.getId());
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
    }

    @Test
    void an_unknown_unit_in_a_link_is_ignored_and_opens_nothing() {
        login("direktor-filtre-ukjent", Roles.MANAGEMENT);
        FollowUpListView view = open("&enhet=-1");
        assertThat(view.moreFiltersToggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(view.moreFiltersToggle.getText()).isEqualTo("Flere filtre");
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
    }

    @Test
    void a_link_with_a_year_opens_more_filters_with_the_year() {
        login("politiker-aar", Roles.POLITICIAN);
        FollowUpListView view = open("&aar=1999");
        FollowUpListView.MoreFilters more = _get(FollowUpListView.MoreFilters.class);
        assertThat(more.isVisible()).isTrue();
        assertThat(more.year.getValue()).isEqualTo(1999);
        assertThat(view.filter().year()).isEqualTo(1999);
        assertThat(GridKt._size(view.grid)).isZero();
    }

    @Test
    void a_status_counter_is_a_button_that_filters_by_its_state() {
        login("politiker-teller", Roles.POLITICIAN);
        FollowUpListView view = open("");
        NativeButton delayed = _get(NativeButton.class, spec -> spec.withId("count-DELAYED"));
        assertThat(delayed.getElement().getProperty("innerHTML")).isEqualTo("<span class=portal-count>1</span> Forsinket");

        _click(delayed);
        assertThat(view.state.getValue()).isEqualTo(MandateState.DELAYED);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(_get(NativeButton.class, spec -> spec.withId("count-DELAYED"))).as("updated, not rebuilt")
                .isSameAs(delayed);
    }
}
