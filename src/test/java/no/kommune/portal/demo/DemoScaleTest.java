package no.kommune.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import no.kommune.portal.organisation.BodyType;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.OrgUnit;
import no.kommune.portal.organisation.OrgUnitType;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UserAccount;
import no.kommune.portal.testsupport.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The data-scale command grows to N and no further: a second run adds nothing (issue 15). */
class DemoScaleTest extends ServiceTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;
    @Autowired OrgFixtures org;
    @Autowired no.kommune.portal.decisions.MandateDueDates dueDates;

    @Test
    void growing_to_n_twice_adds_nothing_the_second_time_and_spreads_the_rows() {
        OrgUnit area = org.unit("Helse", OrgUnitType.SERVICE_AREA, org.municipality());
        OrgUnit unit = org.unit("Sykehjem", OrgUnitType.UNIT, area);
        UserAccount leader = org.user("leder", Roles.LEADER);
        org.lead(leader, area);
        org.body("Kommunestyret", BodyType.COUNCIL, org.municipality());
        long deviations = count("deviation") + 1200;
        long mandates = count("mandate") + 900;
        DemoScale scale = new DemoScale(jdbc, clock, deviations, dueDates);

        assertThat(scale.growDeviations(deviations)).isEqualTo(1200);
        assertThat(scale.growMandates(mandates)).isEqualTo(900);
        assertThat(count("deviation")).isEqualTo(deviations);
        assertThat(count("mandate")).isEqualTo(mandates);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mandate WHERE attention_order = -1", Long.class))
                .as("derived deadline columns filled for the generated rows").isZero();

        assertThat(scale.growDeviations(deviations)).isZero();
        assertThat(scale.growMandates(mandates)).isZero();
        assertThat(count("deviation")).isEqualTo(deviations);
        assertThat(count("mandate")).isEqualTo(mandates);

        // a realistic spread: several statuses and years, deadlines, every mandate with a responsible person
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT status) FROM deviation WHERE created_by = 'generator'",
                Integer.class)).isGreaterThanOrEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT YEAR(reported_at)) FROM deviation"
                + " WHERE title LIKE 'Avvik %:%'", Integer.class)).isGreaterThanOrEqualTo(5);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT status_id) FROM mandate WHERE source_key LIKE 'scale-m-%'",
                Integer.class)).isGreaterThan(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mandate m WHERE m.source_key LIKE 'scale-m-%'"
                + " AND NOT EXISTS (SELECT 1 FROM mandate_responsible r WHERE r.mandate_id = m.id)", Long.class))
                .isZero();
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }
}
