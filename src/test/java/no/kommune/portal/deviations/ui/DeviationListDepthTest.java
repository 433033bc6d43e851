package no.kommune.portal.deviations.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import no.kommune.portal.deviations.DeviationGenerator;
import no.kommune.portal.deviations.DeviationRow;
import no.kommune.portal.deviations.DeviationStatus;
import no.kommune.portal.deviations.Severity;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.OrgUnit;
import no.kommune.portal.organisation.OrgUnitType;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UserAccount;
import no.kommune.portal.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The handling list knows how many rows it has, so any depth is one step away (issue 15). */
class DeviationListDepthTest extends KaribuTest {

    @Autowired OrgFixtures org;
    @Autowired JdbcTemplate jdbc;

    @Test
    void the_list_is_sized_by_a_count_and_its_last_row_is_fetched_directly() {
        OrgUnit area = org.unit("Helse", OrgUnitType.SERVICE_AREA, org.municipality());
        OrgUnit unit = org.unit("Sykehjem", OrgUnitType.UNIT, area);
        UserAccount leader = org.user("leder", Roles.LEADER);
        org.lead(leader, area);
        long category = jdbc.queryForObject("SELECT id FROM deviation_category WHERE code = 'HMS'", Long.class);
        Instant newest = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(1, ChronoUnit.HOURS);
        List<DeviationGenerator.Row> rows = new ArrayList<>();
        for (int i = 0; i < 130; i++) {
            rows.add(new DeviationGenerator.Row("Avvik nr " + i, category, Severity.LOW, DeviationStatus.NEW,
                    leader.getId(), newest.minus(i, ChronoUnit.HOURS), unit.getId(), null, false));
        }
        DeviationGenerator.insert(jdbc, rows);

        login(leader.getUsername(), Roles.LEADER);
        UI.getCurrent().navigate(DeviationListView.class);
        DeviationListView list = _get(DeviationListView.class);

        assertThat(list.grid.getDataCommunicator().isDefinedSize()).isTrue();
        assertThat(GridKt._size(list.grid)).isEqualTo(130);
        // the oldest row (newest first) straight away, without paging through the 129 before it
        DeviationRow last = GridKt._get(list.grid, 129);
        assertThat(last.title()).isEqualTo("Avvik nr 129");
    }
}
