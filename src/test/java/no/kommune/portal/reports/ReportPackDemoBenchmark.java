package no.kommune.portal.reports;

import static org.assertj.core.api.Assertions.assertThat;

import no.kommune.portal.base.export.ExportFormat;
import no.kommune.portal.decisions.PeriodService;
import no.kommune.portal.decisions.ReportingPeriod;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.testsupport.Benchmark;
import no.kommune.portal.testsupport.ServiceTest;
import no.kommune.portal.testsupport.TestSecurity;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;

/**
 * The report pack for the demo municipality (all demo data: the seeds' 67 decisions, checklist rounds,
 * the generated deviations, the supervision register), timed from the service call to the finished file.
 * Run on demand: {@code ./mvnw -B test -Dgroups=benchmark -Dportal.test.excludedGroups=none
 * -Dtest=ReportPackDemoBenchmark}.
 */
@Tag("benchmark")
@ActiveProfiles({"test", "demotest"})
class ReportPackDemoBenchmark extends ServiceTest {

    @Autowired ReportPackService packs;
    @Autowired PeriodService periods;

    @Test
    void report_pack_for_the_demo_municipality() {
        TestSecurity.runAs("direktor", Roles.MANAGEMENT);
        ReportingPeriod closed = periods.all().stream().filter(p -> !p.isOpen()).findFirst().orElseThrow();
        Benchmark.Result pdf = Benchmark.measure("report pack " + closed.getName() + " as PDF", 2, 10,
                () -> ExportFormat.PDF.write(packs.build(closed)));
        Benchmark.Result docx = Benchmark.measure("report pack " + closed.getName() + " as docx", 2, 10,
                () -> ExportFormat.DOCX.write(packs.build(closed)));
        byte[] file = ExportFormat.PDF.write(packs.build(closed));
        System.out.println("BENCHMARK report pack PDF size: " + file.length / 1024 + " KiB");
        assertThat(pdf.runs()).isEqualTo(10);
        assertThat(docx.runs()).isEqualTo(10);
    }
}
