package no.kommune.portal.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import no.kommune.portal.base.export.ExportFormat;
import no.kommune.portal.base.export.ReportDocument;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.OrgUnit;
import no.kommune.portal.organisation.OrgUnitType;
import no.kommune.portal.organisation.PoliticalBody;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UserAccount;
import no.kommune.portal.testsupport.ServiceTest;
import no.kommune.portal.testsupport.TestSecurity;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** Periods freeze a snapshot; the report shows it, with the seeds' columns, in PDF and Excel. */
class PeriodAndReportTest extends ServiceTest {

    @Autowired FollowUpService service;
    @Autowired PeriodService periods;
    @Autowired FollowUpReport report;
    @Autowired StatusLabelRepository labels;
    @Autowired OrgFixtures org;
    @Autowired DecisionFixtures fixtures;

    @Test
    void closing_a_period_freezes_statuses_and_the_report_shows_the_snapshot_and_what_changed() throws Exception {
        PoliticalBody body = fixtures.body();
        OrgUnit unit = org.unit("Oppvekst", OrgUnitType.SERVICE_AREA, org.municipality());
        UserAccount leader = org.user("leder", Roles.LEADER);
        org.lead(leader, unit);
        Long id = fixtures.mandate(body, "Kartlegging behov barnehage", null, leader, unit);
        Long ferdig = labels.findFirstByLabelIgnoreCase("Ferdig").orElseThrow().getId();
        Long iht = labels.findFirstByLabelIgnoreCase("Iht. plan").orElseThrow().getId();

        TestSecurity.runAs("direktor-periode", Roles.MANAGEMENT);
        ReportingPeriod t1 = periods.open(ReportingPeriod.Type.TERTIAL_1, 2031);
        assertThatThrownBy(() -> periods.open(ReportingPeriod.Type.TERTIAL_2, 2031))
                .hasMessage("decisions.error.periodAlreadyOpen");
        assertThat(service.detail(id).row().notUpdated()).as("not updated in the open period").isTrue();

        service.updateStatus(id, service.detail(id).row().version(), iht, "Spørreundersøkelse sendt");
        assertThat(service.detail(id).row().notUpdated()).isFalse();
        assertThat(service.detail(id).history().getLast().period()).isEqualTo("1. tertial 2031");
        int frozen = periods.close(t1.getId());
        assertThat(frozen).isGreaterThanOrEqualTo(1);

        ReportingPeriod t2 = periods.open(ReportingPeriod.Type.TERTIAL_2, 2031);
        service.updateStatus(id, service.detail(id).row().version(), ferdig, "Orienteringssak 38/21");

        ReportDocument closedReport = report.build(body.getId(), t1.getId());
        ReportDocument.Table table = closedReport.blocks().stream()
                .filter(b -> b instanceof ReportDocument.Table t && t.columns().equals(FollowUpReport.COLUMNS))
                .map(ReportDocument.Table.class::cast).findFirst().orElseThrow();
        assertThat(table.rows()).singleElement().satisfies(r -> {
            assertThat(r.get(0)).isEqualTo("Pkt. 1 Kartlegging behov barnehage");
            assertThat(r.get(3)).as("status frozen at closing").isEqualTo("Iht. plan");
            assertThat(r.get(4)).isEqualTo("Spørreundersøkelse sendt");
            assertThat(r.get(5)).isEqualTo("PS-021/25");
            assertThat(r.get(7)).isEqualTo(leader.getFullName());
        });

        ReportDocument current = report.build(body.getId(), t2.getId());
        byte[] xlsx = ExportFormat.XLSX.write(current);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet counts = wb.getSheet("Antall per status");
            assertThat(counts.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Ferdig");
            assertThat(counts.getRow(4).getCell(1).getStringCellValue()).isEqualTo("1");
            Sheet mandates = wb.getSheetAt(1);
            for (int c = 0; c < FollowUpReport.COLUMNS.size(); c++) {
                assertThat(mandates.getRow(0).getCell(c).getStringCellValue()).isEqualTo(FollowUpReport.COLUMNS.get(c));
            }
            assertThat(mandates.getRow(1).getCell(3).getStringCellValue()).isEqualTo("Ferdig");
            assertThat(mandates.getRow(1).getCell(8).getStringCellValue()).isEqualTo("Endret (var: Iht. plan)");
        }
        try (var pdf = Loader.loadPDF(ExportFormat.PDF.write(current))) {
            // table cells wrap in the PDF: compare with whitespace folded
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Oppfølging av vedtak og oppdrag", "Kartlegging behov barnehage",
                    "Orienteringssak 38/21", "Beskrivelse status");
        }
        periods.close(t2.getId());
    }

    @Test
    void a_formula_in_a_status_text_cannot_run_in_the_excel_report() throws Exception {
        PoliticalBody body = fixtures.body();
        UserAccount leader = org.user("leder", Roles.LEADER);
        Long id = fixtures.mandate(body, "=HYPERLINK(\"http://evil\")", null, leader, null);
        TestSecurity.runAs(leader.getUsername(), Roles.LEADER);
        service.updateStatus(id, service.detail(id).row().version(),
                labels.findFirstByLabelIgnoreCase("Startet").orElseThrow().getId(), "+SUM(A1:A9)");

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(ExportFormat.XLSX.write(report.build(body.getId(), null))))) {
            Sheet sheet = wb.getSheetAt(1);
            assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("'+SUM(A1:A9)");
        }
    }

    @Test
    void only_management_opens_and_closes_periods() {
        TestSecurity.runAs("leder-periode", Roles.LEADER);
        assertThatThrownBy(() -> periods.open(ReportingPeriod.Type.ANNUAL, 2032))
                .isInstanceOf(AuthorizationDeniedException.class);
        TestSecurity.runAs("politiker-periode", Roles.POLITICIAN);
        assertThat(periods.all()).isNotNull();
        assertThatThrownBy(() -> periods.close(1L)).isInstanceOf(AuthorizationDeniedException.class);
    }
}
