package no.kommune.portal.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.testsupport.Benchmark;
import no.kommune.portal.testsupport.ServiceTest;
import no.kommune.portal.testsupport.TestSecurity;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Server time of the start page per role (issue 15): every card computed (the cache emptied before each visit,
 * which is what every visit cost before decision 018) and served from the cache. Needs the demo users and data at
 * scale, so it runs against a database grown by the scale command, e.g.
 * <pre>
 * ./mvnw -B test -Dgroups=benchmark -Dportal.test.excludedGroups=none -Dtest=StartPageBenchmark \
 *   -Dspring.datasource.url=jdbc:mariadb://127.0.0.1:3306/perf_scale -Dspring.datasource.username=root \
 *   -Dspring.datasource.password=
 * </pre>
 */
@Tag("benchmark")
class StartPageBenchmark extends ServiceTest {

    @Autowired StartPageService startPage;
    @Autowired StartPageCache cache;
    @Autowired List<StartPageContributor> contributors;

    private static final String[][] USERS = {
        {"direktor", Roles.MANAGEMENT}, {"kvalitet", Roles.QUALITY, Roles.EMPLOYEE},
        {"leder", Roles.LEADER, Roles.EMPLOYEE}, {"politiker", Roles.POLITICIAN},
        {"varsling", Roles.WHISTLEBLOWING_RECEIVER}, {"ansatt", Roles.EMPLOYEE}
    };

    @Test
    void start_page_per_role_computed_and_cached() {
        List<Benchmark.Result> results = new ArrayList<>();
        for (String[] user : USERS) {
            String[] roles = java.util.Arrays.copyOfRange(user, 1, user.length);
            TestSecurity.runAs(user[0], roles);
            results.add(Benchmark.measure("start page " + user[0] + ": every card computed", 2, 15, () -> {
                cache.clear();
                return startPage.content();
            }));
            results.add(Benchmark.measure("start page " + user[0] + ": from the cache", 5, 50, startPage::content));
            for (StartPageContributor contributor : contributors) {
                // which feature's cards cost what when they are recomputed after a change (no cache in between)
                results.add(Benchmark.measure("start page " + user[0] + ": " + contributor.getClass().getSimpleName()
                        + " computed", 2, 15, contributor::cardsForCurrentUser));
            }
            assertThat(startPage.content().failedParts()).isEmpty();
        }
        assertThat(results).allSatisfy(r -> assertThat(r.runs()).isPositive());
    }
}
