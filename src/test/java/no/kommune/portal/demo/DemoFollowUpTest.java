package no.kommune.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import no.kommune.portal.base.PageSlice;
import no.kommune.portal.decisions.FollowUpFilter;
import no.kommune.portal.decisions.FollowUpService;
import no.kommune.portal.decisions.MandateRow;
import no.kommune.portal.decisions.MandateState;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.testsupport.ServiceTest;
import no.kommune.portal.testsupport.TestSecurity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo's mandates carry their origin and the one definition of delayed (issue 11 items 2 and 11). The rows
 * these checks name (KS 038/14, KS 094/22, the deadline "31.04.2025") are Elverum's, so they run on the Elverum demo.
 */
@ActiveProfiles({"test", "demotest", "demotest-elverum"})
class DemoFollowUpTest extends ServiceTest {

    @Autowired FollowUpService followUp;

    private MandateRow onlyRowOfCase(String caseNumber) {
        var rows = followUp.page(new FollowUpFilter(null, null, null, null, null, false, false, caseNumber, false),
                PageSlice.first(5));
        assertThat(rows).as(caseNumber).hasSize(1);
        return rows.getFirst();
    }

    @Test
    void decisions_still_open_since_2014_show_their_origin_and_the_earlier_years_filter_finds_them() {
        TestSecurity.runAs("direktor", Roles.MANAGEMENT);
        MandateRow since2014 = onlyRowOfCase("KS 038/14");
        assertThat(since2014.originYear()).isEqualTo(2014);
        assertThat(since2014.originCase()).isEqualTo("KS 038/14");
        assertThat(since2014.originBodyName()).isEqualTo("Kommunestyret");
        // first decided by the council in 2022, last treated by the executive committee in 2025
        MandateRow reAdopted = onlyRowOfCase("KS 094/22");
        assertThat(reAdopted.originCase()).isEqualTo("KS 094/22");
        assertThat(reAdopted.originBodyName()).isEqualTo("Kommunestyret");
        assertThat(reAdopted.bodyName()).isEqualTo("Formannskapet");

        var earlier = followUp.page(FollowUpFilter.all().earlierYears(), PageSlice.first(100));
        assertThat(earlier).extracting(MandateRow::id).contains(since2014.id(), reAdopted.id());
        assertThat(earlier).allSatisfy(r -> assertThat(r.state().isClosed()).isFalse());
        assertThat(followUp.page(FollowUpFilter.all(), PageSlice.first(100)))
                .allSatisfy(r -> assertThat(r.originYear()).as(r.title()).isNotNull());
    }

    @Test
    void the_counters_count_every_mandate_past_its_deadline_as_forsinket() {
        TestSecurity.runAs("direktor", Roles.MANAGEMENT);
        Map<MandateState, Long> counts = followUp.countsByState(FollowUpFilter.all());
        long delayed = followUp.count(FollowUpFilter.all().overdue());
        assertThat(counts.get(MandateState.DELAYED)).isEqualTo(delayed).isGreaterThan(3);
        assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(39);
        // "31.04.2025" in the seeds is read as the end of April; "innen utgangen av 2023" as 31.12.2023
        assertThat(followUp.page(FollowUpFilter.all().overdue(), PageSlice.first(100)))
                .anySatisfy(r -> assertThat(r.deadlineText()).isEqualTo("31.04.2025"));
    }
}
