package no.kommune.portal.whistleblowing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.testsupport.ServiceTest;
import no.kommune.portal.testsupport.TestSecurity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 11 item 8: the yearly count prints a year without reports as 0 instead of leaving it out. */
class WhistleblowingZeroYearsTest extends ServiceTest {

    @Autowired WhistleblowingService service;
    @Autowired JdbcTemplate jdbc;

    @Test
    void a_year_without_reports_between_the_first_and_this_year_is_counted_as_zero() {
        TestSecurity.clear();
        int thisYear = LocalDate.now().getYear();
        int early = 1990; // no other test files reports this far back; the years after it have none either
        Receipt receipt = service.submitPublic(ReportDraft.anonymous(OrgFixtures.unique("Gammel sak"), "Innhold"),
                OrgFixtures.unique("198.51.100"));
        jdbc.update("update wb_case set received_year = ? where id = (select max(id) from wb_case)", early);

        TestSecurity.runAs("direktor-test", Roles.MANAGEMENT);
        Map<Integer, Long> counts = service.countPerYear();

        assertThat(receipt).isNotNull();
        assertThat(counts.get(early)).isPositive();
        assertThat(counts).containsEntry(early + 1, 0L).containsEntry(early + 2, 0L);
        assertThat(counts.keySet()).as("every year from the first to this one")
                .hasSize(thisYear - counts.keySet().iterator().next() + 1);
        jdbc.update("update wb_case set received_year = ? where received_year = ?", thisYear, early);
    }
}
