package no.kommune.portal.deviations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import no.kommune.portal.base.Formats;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.OrgUnit;
import no.kommune.portal.organisation.OrgUnitType;
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
 * The handling list with 100 000 deviations: first page, a filtered page (status + unit) and a deep page
 * (offset 90 000), 50 timed calls each of the service (server time: query + mapping), median and p95.
 * Seeds with JDBC batches unless the table already holds 100 000 rows. Run with
 * {@code ./mvnw -B -o test -Dgroups=benchmark -Dportal.test.excludedGroups=none -Dtest=DeviationListBenchmark}.
 */
@Tag("benchmark")
class DeviationListBenchmark extends ServiceTest {

    static final int ROWS = 100_000;
    static final int CALLS = 50;
    static final int WARMUPS = 20;
    static final int PAGE = 50;

    @Autowired DeviationService service;
    @Autowired DeviationCategoryRepository categories;
    @Autowired OrgFixtures org;
    @Autowired JdbcTemplate jdbc;

    @Test
    void list_pages_stay_fast_with_100k_deviations() {
        Long existing = jdbc.queryForObject("SELECT COUNT(*) FROM deviation", Long.class);
        long unitForFilter;
        if (existing < ROWS) {
            unitForFilter = seed(ROWS - existing.intValue());
        } else {
            unitForFilter = jdbc.queryForObject("SELECT reported_to_unit_id FROM deviation GROUP BY reported_to_unit_id"
                    + " ORDER BY COUNT(*) DESC LIMIT 1", Long.class);
        }
        jdbc.execute("ANALYZE TABLE deviation");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM deviation", Long.class)).isGreaterThanOrEqualTo(ROWS);

        UserAccount quality = org.user("kvalitet-bench", Roles.QUALITY);
        TestSecurity.runAs(quality.getUsername(), Roles.QUALITY);
        DeviationFilter all = DeviationFilter.all();
        DeviationFilter filtered = new DeviationFilter(DeviationStatus.IN_PROGRESS, false, unitForFilter, null, false);

        Benchmark.Result first = Benchmark.measure("first page (50, newest first)", WARMUPS, CALLS,
                () -> service.page(all, 0, PAGE, false));
        Benchmark.Result filteredPage = Benchmark.measure("filtered page (status=IN_PROGRESS, one unit)", WARMUPS,
                CALLS, () -> service.page(filtered, 0, PAGE, false));
        Benchmark.Result deep = Benchmark.measure("deep page (offset 90 000)", WARMUPS, CALLS,
                () -> service.page(all, 90_000, PAGE, false));
        assertThat(service.page(filtered, 0, PAGE, false)).isNotEmpty()
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(DeviationStatus.IN_PROGRESS));
        assertThat(service.page(all, 90_000, PAGE, false)).hasSize(PAGE);
        System.out.printf("BENCHMARK Avvik (100 000): rows=%d%n", jdbc.queryForObject("SELECT COUNT(*) FROM deviation", Long.class));

        // other filters the list offers: open only (three statuses), one category
        DeviationFilter openOnly = new DeviationFilter(null, true, null, null, false);
        DeviationFilter oneCategory = new DeviationFilter(null, false, null,
                categories.findByActiveTrueOrderBySortOrder().getFirst().getId(), false);
        Benchmark.measure("open only, first page", WARMUPS, CALLS, () -> service.page(openOnly, 0, PAGE, false));
        Benchmark.measure("one category, first page", WARMUPS, CALLS,
                () -> service.page(oneCategory, 0, PAGE, false));

        // a leader's own list: her unit's deviations, her handling chain and her own reports (OR scope)
        String leader = jdbc.queryForObject("SELECT u.username FROM org_unit o JOIN user_account u ON u.id = o.leader_id"
                + " WHERE o.id = ?", String.class, unitForFilter);
        TestSecurity.runAs(leader, Roles.LEADER);
        Benchmark.measure("leader's first page (scope: led unit/chain/own)", WARMUPS, CALLS,
                () -> service.page(all, 0, PAGE, false));
        assertThat(service.page(all, 0, PAGE, false)).hasSize(PAGE);

        assertThat(first.p95Ms()).isLessThan(200);
        assertThat(filteredPage.p95Ms()).isLessThan(200);
        assertThat(deep.p95Ms()).isLessThan(500);
    }

    private long seed(int n) {
        OrgUnit kommune = org.municipality();
        List<Long> units = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            OrgUnit unit = org.unit("Benchenhet", OrgUnitType.UNIT, kommune);
            UserAccount leader = org.user("benchleder", Roles.LEADER);
            org.lead(leader, unit);
            units.add(unit.getId());
        }
        UserAccount reporter = org.user("benchansatt", Roles.EMPLOYEE);
        List<Long> categoryIds = categories.findByActiveTrueOrderBySortOrder().stream().map(DeviationCategory::getId)
                .toList();
        Random random = new Random(100_000);
        Instant start = LocalDate.of(2021, 1, 1).atStartOfDay(Formats.ZONE).toInstant();
        long span = 5L * 365 * 86_400;
        DeviationStatus[] statuses = DeviationStatus.values();
        Severity[] severities = Severity.values();
        List<DeviationGenerator.Row> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(new DeviationGenerator.Row("Benchmark-avvik " + i, categoryIds.get(random.nextInt(categoryIds.size())),
                    severities[random.nextInt(severities.length)],
                    random.nextDouble() < 0.7 ? DeviationStatus.CLOSED : statuses[random.nextInt(3)], reporter.getId(),
                    start.plusSeconds((long) (random.nextDouble() * span)), units.get(random.nextInt(units.size())),
                    null, random.nextDouble() < 0.05));
        }
        long t0 = System.nanoTime();
        DeviationGenerator.insert(jdbc, rows);
        System.out.printf("BENCHMARK seeded %d deviations in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
        return units.getFirst();
    }
}
