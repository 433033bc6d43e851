package no.kommune.portal.deviations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import no.kommune.portal.base.export.ReportDocument;
import no.kommune.portal.base.export.ReportScope;
import no.kommune.portal.home.StartPageCard;
import no.kommune.portal.home.StartPageService;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.OrgUnit;
import no.kommune.portal.organisation.OrgUnitType;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UserAccount;
import no.kommune.portal.testsupport.ServiceTest;
import no.kommune.portal.testsupport.TestSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Deviations on the start pages and as the report pack's chapter. */
class DeviationStartPageAndChapterTest extends ServiceTest {

    @Autowired DeviationService service;
    @Autowired StartPageService startPage;
    @Autowired DeviationReportChapter chapter;
    @Autowired OrgFixtures org;

    OrgUnit school;
    UserAccount leader;
    UserAccount employee;

    @BeforeEach
    void data() {
        OrgUnit area = org.unit("Oppvekst", OrgUnitType.SERVICE_AREA, org.municipality());
        school = org.unit("Skole", OrgUnitType.UNIT, area);
        leader = org.user("leder", Roles.LEADER);
        employee = org.user("ansatt", Roles.EMPLOYEE);
        org.lead(leader, area);
        org.memberOf(employee, school);
    }

    private Long report(String title) {
        TestSecurity.runAs(employee.getUsername(), Roles.EMPLOYEE);
        Long category = service.categories().getFirst().getId();
        return service.report(new DeviationDraft(title, "Hendelse i gangen", LocalDateTime.now().minusHours(1),
                school.getId(), null, category, Severity.MEDIUM, null, false)).id();
    }

    private static StartPageCard card(List<StartPageCard> cards, String id) {
        return cards.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void a_leader_sees_the_open_deviations_of_her_units_linked_to_the_open_list() {
        report("Glatt trapp");
        report("Manglende vakt");
        TestSecurity.runAs(leader.getUsername(), Roles.LEADER);

        StartPageCard.Figure open = card(startPage.cards(), "start-my-deviations").figures().getFirst();
        assertThat(open.value()).isEqualTo(2);
        assertThat(open.link().href()).isEqualTo("avvik?apne");
    }

    @Test
    void quality_sees_this_years_count_grow_with_each_report_and_a_chart() {
        TestSecurity.runAs("kvalitet-start", Roles.QUALITY);
        long before = card(startPage.cards(), "start-deviation-trend-QUALITY").figures().getFirst().value();
        report("Ny hendelse");
        TestSecurity.runAs("kvalitet-start", Roles.QUALITY);
        StartPageCard trend = card(startPage.cards(), "start-deviation-trend-QUALITY");

        assertThat(trend.figures().getFirst().value()).isEqualTo(before + 1);
        assertThat(trend.svgChart()).startsWith("<svg");
    }

    @Test
    void a_user_with_quality_and_management_roles_sees_the_same_trend_in_both_sections() {
        report("To roller");
        TestSecurity.runAs("kvalitet-og-direktor", Roles.QUALITY, Roles.MANAGEMENT);
        List<StartPageCard> cards = startPage.cards();

        StartPageCard quality = card(cards, "start-deviation-trend-QUALITY");
        StartPageCard management = card(cards, "start-deviation-trend-MANAGEMENT");
        assertThat(quality.role()).isEqualTo(Roles.QUALITY);
        assertThat(management.role()).isEqualTo(Roles.MANAGEMENT);
        assertThat(management.figures()).isEqualTo(quality.figures());
    }

    @Test
    void the_report_pack_chapter_counts_the_periods_deviations() {
        report("Kapittelhendelse");
        TestSecurity.runAs("direktor-kapittel", Roles.MANAGEMENT);
        LocalDate today = LocalDate.now();
        ReportDocument doc = new ReportDocument("Rapportpakke", "test");
        chapter.append(doc, new ReportScope(null, "Årsrapport " + today.getYear(), today.getYear(),
                today.withDayOfYear(1), today.withDayOfYear(today.lengthOfYear()), false));

        assertThat(doc.blocks()).first().isEqualTo(new ReportDocument.Heading(1, "Avvik"));
        ReportDocument.Table byUnit = doc.blocks().stream().filter(b -> b instanceof ReportDocument.Table t
                && t.name().equals("Rapportert til")).map(ReportDocument.Table.class::cast).findFirst().orElseThrow();
        assertThat(byUnit.rows()).anySatisfy(r -> {
            assertThat(r.get(0)).contains(school.getName());
            assertThat(r.get(1)).isEqualTo("1");
        });
    }
}
