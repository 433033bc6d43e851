package no.kommune.portal.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import no.kommune.portal.base.ListQueries;
import no.kommune.portal.base.PageSlice;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.testsupport.Benchmark;
import no.kommune.portal.testsupport.ServiceTest;
import no.kommune.portal.testsupport.TestSecurity;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The follow-up list's requests at a large municipality's scale (issue 15: first page and any filter p95 < 150 ms,
 * row 90 000 < 300 ms, free text < 200 ms), timed in the service as the demo users, against a database grown by
 * the scale command (100 000 mandates):
 * <pre>
 * ./mvnw -B test -Dgroups=benchmark -Dportal.test.excludedGroups=none -Dtest=FollowUpListScaleBenchmark \
 *   -Dspring.datasource.url=jdbc:mariadb://127.0.0.1:3306/perf_scale -Dspring.datasource.username=root \
 *   -Dspring.datasource.password=
 * </pre>
 */
@Tag("benchmark")
class FollowUpListScaleBenchmark extends ServiceTest {

    @Autowired FollowUpService service;
    @Autowired JdbcTemplate jdbc;
    @Autowired ListQueries lists;

    @Test
    void follow_up_list_at_scale() {
        long mandates = jdbc.queryForObject("SELECT count(*) FROM mandate", Long.class);
        Long body = jdbc.queryForObject("SELECT body_id FROM decision GROUP BY body_id ORDER BY count(*) DESC LIMIT 1",
                Long.class);
        Integer year = jdbc.queryForObject("SELECT decision_year FROM decision GROUP BY decision_year"
                + " ORDER BY count(*) DESC LIMIT 1", Integer.class);
        System.out.printf("BENCHMARK follow-up list at scale: %d mandates%n", mandates);
        PageSlice first = PageSlice.first(50);
        List<Benchmark.Result> results = new ArrayList<>();

        TestSecurity.runAs("direktor", Roles.MANAGEMENT);
        long all = service.count(FollowUpFilter.all());
        PageSlice row90000 = PageSlice.of((int) Math.min(89_950, all - 50) / 50 * 50, 50);
        results.add(Benchmark.measure("management: first page (attention order)", 5, 40,
                () -> service.page(FollowUpFilter.all(), first)));
        results.add(Benchmark.measure("management: count (grid size)", 5, 40, () -> service.count(FollowUpFilter.all())));
        results.add(Benchmark.measure("management: counts per status", 5, 40,
                () -> service.countsByState(FollowUpFilter.all())));
        results.add(Benchmark.measure("management: body, first page", 5, 40,
                () -> service.page(FollowUpFilter.all().ofBody(body), first)));
        results.add(Benchmark.measure("management: body + year, first page", 5, 40,
                () -> service.page(new FollowUpFilter(body, year, null, null, null, false, false, null, false), first)));
        results.add(Benchmark.measure("management: state Forsinket, first page", 5, 40,
                () -> service.page(FollowUpFilter.all().withState(MandateState.DELAYED), first)));
        results.add(Benchmark.measure("management: delayed only, first page", 5, 40,
                () -> service.page(FollowUpFilter.all().overdue(), first)));
        results.add(Benchmark.measure("management: not updated, first page", 5, 40,
                () -> service.page(FollowUpFilter.all().notUpdated(), first)));
        results.add(Benchmark.measure("management: free text 'barnehage', first page", 5, 40,
                () -> service.page(new FollowUpFilter(null, null, null, null, null, false, false, "barnehage", false),
                        first)));
        results.add(Benchmark.measure("management: free text 'barnehage', count", 5, 40,
                () -> service.count(new FollowUpFilter(null, null, null, null, null, false, false, "barnehage",
                        false))));
        // more shapes of free text (decision 026), each first page and its count without the count cache:
        // a rare word (the number in a few titles), two words, a case number, a short word the index does not
        // hold (a substring over every row, as all searches were before), a word nothing matches, and a word in
        // every row (the worst case of a full-text index)
        String caseNumber = jdbc.queryForObject("SELECT case_numbers FROM decision WHERE case_numbers LIKE 'PS %/%'"
                + " ORDER BY id DESC LIMIT 1", String.class).substring(3);
        for (String text : List.of("12345", "vedlikehold bygg", caseNumber, "om", "qzxvq", "kommunedirektøren")) {
            FollowUpFilter filter = new FollowUpFilter(null, null, null, null, null, false, false, text, false);
            results.add(Benchmark.measure("management: free text '" + text + "', first page", 5, 40,
                    () -> service.page(filter, first)));
            results.add(Benchmark.measure("management: free text '" + text + "', count (uncached)", 3, 20,
                    () -> lists.count(Mandate.class, service.where(filter, service.context(filter)))));
        }
        results.add(Benchmark.measure("management: row 90 000 (attention order)", 3, 20,
                () -> service.page(FollowUpFilter.all(), row90000)));

        TestSecurity.runAs("politiker", Roles.POLITICIAN);
        results.add(Benchmark.measure("politician: first page", 5, 40, () -> service.page(FollowUpFilter.all(), first)));

        TestSecurity.runAs("leder", Roles.LEADER, Roles.EMPLOYEE);
        results.add(Benchmark.measure("leader: my mandates, first page", 5, 40,
                () -> service.page(FollowUpFilter.all().mine(), first)));
        results.add(Benchmark.measure("leader: my mandates, count", 5, 40,
                () -> service.count(FollowUpFilter.all().mine())));

        assertThat(results).allSatisfy(r -> assertThat(r.runs()).isPositive());
    }
}
