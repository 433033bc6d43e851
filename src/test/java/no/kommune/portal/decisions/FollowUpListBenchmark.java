package no.kommune.portal.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import no.kommune.portal.base.PageSlice;
import no.kommune.portal.base.PageSlice.SortBy;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.OrgUnit;
import no.kommune.portal.organisation.OrgUnitType;
import no.kommune.portal.organisation.PoliticalBody;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UserAccount;
import no.kommune.portal.testsupport.Benchmark;
import no.kommune.portal.testsupport.ServiceTest;
import no.kommune.portal.testsupport.TestSecurity;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The follow-up list with 20,000 mandates: the requests the list view makes when it opens and when a
 * filter changes, timed in the service (server time without network and rendering). Run on demand:
 * {@code ./mvnw -B test -Dgroups=benchmark -Dportal.test.excludedGroups=none -Dtest=FollowUpListBenchmark};
 * figures go to docs/benchmarks.md. Seeds with JDBC batches so it can be rerun in a minute.
 */
@Tag("benchmark")
class FollowUpListBenchmark extends ServiceTest {

    private static final int MANDATES = 20_000;
    private static final int PER_DECISION = 4;

    @Autowired FollowUpService service;
    @Autowired OrgFixtures org;
    @Autowired DecisionFixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    @Autowired MandateDueDates dueDates;
    @Autowired FollowUpExport export;

    @Test
    void follow_up_list_with_20000_mandates() {
        OrgUnit kommune = org.municipality();
        List<OrgUnit> units = new ArrayList<>();
        List<UserAccount> leaders = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            OrgUnit unit = org.unit("Tjenesteområde", OrgUnitType.SERVICE_AREA, kommune);
            UserAccount leader = org.user("benchleder", Roles.LEADER);
            org.lead(leader, unit);
            units.add(unit);
            leaders.add(leader);
        }
        List<PoliticalBody> bodies = List.of(fixtures.body(), fixtures.body(), fixtures.body());
        seed(bodies, units, leaders);
        // rows inserted by JDBC have no derived deadline columns yet: compute them as the start-up does, timed
        long start = System.nanoTime();
        dueDates.computeMissing();
        System.out.printf("BENCHMARK derived deadline columns for %d mandates: %d ms%n", MANDATES,
                (System.nanoTime() - start) / 1_000_000);
        jdbc.execute("ANALYZE TABLE mandate");

        TestSecurity.runAs("direktor", Roles.MANAGEMENT);
        assertThat(service.count(FollowUpFilter.all())).isGreaterThanOrEqualTo(MANDATES);
        PageSlice firstPage = PageSlice.first(50);
        FollowUpFilter delayedInUnit = new FollowUpFilter(null, null, MandateState.DELAYED, null,
                units.get(3).getId(), false, false, null, false);
        FollowUpFilter textAndYear = new FollowUpFilter(bodies.get(1).getId(), 2024, null, null, null, false, false,
                "skole", false);
        FollowUpFilter overdue = new FollowUpFilter(null, null, null, null, null, true, false, null, false);

        List<Benchmark.Result> results = new ArrayList<>();
        results.add(Benchmark.measure("management: first page (default order)", 5, 40,
                () -> service.page(FollowUpFilter.all(), firstPage)));
        results.add(Benchmark.measure("management: count (grid size)", 5, 40,
                () -> service.count(FollowUpFilter.all())));
        results.add(Benchmark.measure("management: counts per status", 5, 40,
                () -> service.countsByState(FollowUpFilter.all())));
        results.add(Benchmark.measure("management: filter status+unit, page", 5, 40,
                () -> service.page(delayedInUnit, firstPage)));
        results.add(Benchmark.measure("management: filter body+year+text, page", 5, 40,
                () -> service.page(textAndYear, firstPage)));
        results.add(Benchmark.measure("management: overdue only, page", 5, 40,
                () -> service.page(overdue, firstPage)));
        FollowUpExport.Labels labels = new FollowUpExport.Labels(FollowUpExport.COLUMN_KEYS, "Ja", "Oppdrag", "Filter");
        FollowUpFilter oneBody = FollowUpFilter.all().ofBody(bodies.get(0).getId());
        results.add(Benchmark.measure("management: export CSV of one body (~6 700 rows)", 1, 5,
                () -> export.csv(oneBody, List.of(), labels)));
        results.add(Benchmark.measure("management: export Excel of one body (~6 700 rows)", 1, 5,
                () -> export.xlsx(oneBody, List.of(), List.of(List.of("Filter", "Verdi")), labels)));
        results.add(Benchmark.measure("management: deep page (offset 19,000) by title", 5, 40,
                () -> service.page(FollowUpFilter.all(), new PageSlice(19000, 50, List.of(SortBy.asc("title"))))));

        UserAccount leader = leaders.get(5);
        TestSecurity.runAs(leader.getUsername(), Roles.LEADER);
        results.add(Benchmark.measure("leader: my mandates, first page", 5, 40,
                () -> service.page(FollowUpFilter.all().mine(), firstPage)));
        results.add(Benchmark.measure("leader: my mandates, count", 5, 40,
                () -> service.count(FollowUpFilter.all().mine())));

        results.forEach(r -> assertThat(r.runs()).isPositive());
    }

    private void seed(List<PoliticalBody> bodies, List<OrgUnit> units, List<UserAccount> leaders) {
        List<Long> statusIds = jdbc.queryForList("SELECT id FROM decision_status_label ORDER BY id", Long.class);
        Random random = new Random(42);
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        String tag = OrgFixtures.unique("bench");
        List<Object[]> decisions = new ArrayList<>();
        for (int d = 0; d < MANDATES / PER_DECISION; d++) {
            int year = 2020 + random.nextInt(7);
            decisions.add(new Object[] {now, now, bodies.get(random.nextInt(bodies.size())).getId(),
                    Date.valueOf(LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28))), year,
                    "PS " + d + "/" + (year % 100), "Vedtak " + d + " om " + (d % 7 == 0 ? "skolebruksplan" : "drift"),
                    DecisionKind.values()[random.nextInt(DecisionKind.values().length)].name(), tag + "-d-" + d});
        }
        jdbc.batchUpdate("INSERT INTO decision (version, created_at, created_by, modified_at, modified_by, body_id,"
                + " meeting_date, decision_year, case_numbers, title, kind, source_key)"
                + " VALUES (0, ?, 'benchmark', ?, 'benchmark', ?, ?, ?, ?, ?, ?, ?)", decisions);
        List<Long> decisionIds = jdbc.queryForList("SELECT id FROM decision WHERE source_key LIKE ? ORDER BY id",
                Long.class, tag + "-d-%");

        List<Object[]> mandates = new ArrayList<>();
        for (int m = 0; m < MANDATES; m++) {
            int owner = random.nextInt(units.size());
            LocalDate deadline = random.nextInt(10) == 0 ? null : LocalDate.of(2022, 1, 1).plusDays(random.nextInt(1800));
            mandates.add(new Object[] {now, now, decisionIds.get(m / PER_DECISION), String.valueOf(m % PER_DECISION + 1),
                    "Oppdrag " + m + (m % 11 == 0 ? " om skole og barnehage" : " om tjenesteutvikling"),
                    "Beskrivelse av oppdrag " + m, deadline == null ? null : Date.valueOf(deadline),
                    leaders.get(owner).getId(), units.get(owner).getId(), statusIds.get(random.nextInt(statusIds.size())),
                    "Status for oppdrag " + m, random.nextInt(3) == 0 ? null : now, tag + "-m-" + m});
        }
        jdbc.batchUpdate("INSERT INTO mandate (version, created_at, created_by, modified_at, modified_by, decision_id,"
                + " item_ref, title, description, deadline, owner_id, unit_id, status_id, status_text,"
                + " status_updated_at, done_proposed, source_key)"
                + " VALUES (0, ?, 'benchmark', ?, 'benchmark', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?)", mandates);
        jdbc.update("INSERT INTO mandate_responsible (mandate_id, user_id) SELECT id, owner_id FROM mandate"
                + " WHERE source_key LIKE ?", tag + "-m-%");
    }
}
