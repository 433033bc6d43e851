package no.kommune.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.kommune.portal.base.PageSlice;
import no.kommune.portal.base.imports.TabularFile;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.supervisions.SupervisionFilter;
import no.kommune.portal.supervisions.SupervisionRow;
import no.kommune.portal.supervisions.SupervisionService;
import no.kommune.portal.supervisions.SupervisionStatus;
import no.kommune.portal.testsupport.ServiceTest;
import no.kommune.portal.testsupport.TestSecurity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every Røros row of the seeds' supervisions.csv is in the Røros demo, verbatim, and importing again creates
 * nothing; Elverum's rows are in the Elverum demo ({@link DemoElverumDataTest}).
 */
@ActiveProfiles({"test", "demotest"})
class DemoSupervisionsDataTest extends ServiceTest {

    @Autowired SupervisionService service;
    @Autowired DemoSupervisions demo;

    private List<TabularFile.Row> csv() {
        return DemoFiles.rows("supervisions.csv", DemoMunicipality.ROROS);
    }

    private Map<String, SupervisionRow> imported() {
        return service.page(SupervisionFilter.all(), PageSlice.first(5000)).stream()
                .filter(r -> r.sourceKey() != null)
                .collect(Collectors.toMap(SupervisionRow::sourceKey, Function.identity()));
    }

    @Test
    void the_roros_demo_holds_every_roros_row_of_supervisions_csv_verbatim() throws Exception {
        TestSecurity.runAs("kvalitet", Roles.QUALITY);
        List<TabularFile.Row> rows = csv();
        assertThat(rows).hasSize(18);
        Map<String, SupervisionRow> byKey = imported();
        assertThat(byKey.keySet()).containsExactlyInAnyOrderElementsOf(rows.stream().map(r -> r.get("record_id"))
                .toList());
        for (TabularFile.Row csv : rows) {
            SupervisionRow r = byKey.get(csv.get("record_id"));
            assertThat(r).as(csv.get("record_id")).isNotNull();
            assertThat(r.sector()).isEqualTo(csv.get("sector_or_unit"));
            assertThat(r.subject()).isEqualTo(csv.get("subject"));
            assertThat(nz(r.findings())).isEqualTo(csv.get("findings_avvik_palegg"));
            assertThat(nz(r.deadlineText())).isEqualTo(csv.get("deadline_frist_lukking"));
            assertThat(nz(r.measures())).isEqualTo(csv.get("measures_comment"));
            assertThat(nz(r.authority())).isEqualTo(csv.get("authority"));
            // verbatim apart from the transcriber's seed line references, which users never see (issue 11 item 7)
            assertThat(nz(r.relatedCase())).isEqualTo(nz(DemoText.forUsers(csv.get("related_case"))));
            assertThat(r.year()).isEqualTo(Integer.parseInt(csv.get("year")));
        }
        assertThat(byKey.get("ROR25-TS-02").status()).isEqualTo(SupervisionStatus.CLOSED); // "gjennomført"
        assertThat(byKey.get("ROR21-TS-03").status()).isEqualTo(SupervisionStatus.FOLLOW_UP); // "utsatt til 2022"
        assertThat(byKey.get("ROR25-TS-07").status()).isEqualTo(SupervisionStatus.OPEN); // "ikke gjennomført"
    }

    @Test
    void importing_again_creates_nothing_and_the_demo_leader_sees_her_units_rows() throws Exception {
        TestSecurity.runAs("kvalitet", Roles.QUALITY);
        int before = imported().size();
        demo.run(new DefaultApplicationArguments());
        TestSecurity.runAs("kvalitet", Roles.QUALITY);
        assertThat(imported()).hasSize(before);

        TestSecurity.runAs("leder", Roles.LEADER);
        List<SupervisionRow> leaders = service.page(SupervisionFilter.all(), PageSlice.first(100));
        assertThat(leaders).extracting(SupervisionRow::sourceKey).contains("ROR25-TS-05", "ROR25-TS-06")
                .doesNotContain("ROR25-TS-09");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
