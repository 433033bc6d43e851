package no.kommune.portal.supervisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import no.kommune.portal.base.BackgroundWork;
import no.kommune.portal.base.export.ExportFormat;
import no.kommune.portal.base.export.ReportDocument;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.OrgUnit;
import no.kommune.portal.organisation.OrgUnitType;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UserAccount;
import no.kommune.portal.testsupport.ServiceTest;
import no.kommune.portal.testsupport.TestSecurity;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The export in the seeds' columns, grouped by sector, read back from PDF and Excel. */
class SupervisionReportTest extends ServiceTest {

    @Autowired SupervisionService service;
    @Autowired SupervisionReport report;
    @Autowired BackgroundWork background;
    @Autowired OrgFixtures org;

    String skole;
    String helse;
    OrgUnit unit;
    UserAccount leader;
    int year;

    @BeforeEach
    void data() {
        skole = OrgFixtures.unique("Sektor for skole");
        helse = OrgFixtures.unique("Sektor for helse");
        unit = org.unit("Skole", OrgUnitType.SERVICE_AREA, org.municipality());
        leader = org.user("leder", Roles.LEADER);
        org.lead(leader, unit);
        year = 2024 - (int) (System.nanoTime() % 20); // a year few other tests use
        TestSecurity.runAs("kvalitet-test", Roles.QUALITY);
        service.create(SupervisionDraft.of(year, skole, "Arbeidstilsynet", "Tilsyn med arbeidsmiljø ved Hernes skole",
                "Vold og trusler: kartlegging og risikovurdering", "Oktober 2025",
                "=HYPERLINK(\"http://evil.example\",\"Klikk\")").withUnit(unit.getId()));
        service.create(SupervisionDraft.of(year, helse, "Statsforvalter i Innlandet", "Institusjonstjenesten",
                "Åpning av tilsynssak etter klage fra pårørende", "16.06.2025", "Saken er lukket i 2025."));
    }

    private SupervisionFilter filter() {
        return new SupervisionFilter(year, null, null, null, null, null);
    }

    @Test
    void xlsx_has_the_seed_columns_per_sector_and_formula_text_stays_text() throws Exception {
        byte[] bytes = background.submit(() -> ExportFormat.XLSX.write(report.build(filter()))).get();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            List<String> sheets = new ArrayList<>();
            wb.forEach(s -> sheets.add(s.getSheetName()));
            Sheet sheet = null;
            for (Sheet s : wb) {
                Row header = s.getRow(0);
                if (header != null && header.getLastCellNum() == 4 && s.getRow(1) != null
                        && s.getRow(1).getCell(0).getStringCellValue().startsWith("Tilsyn med arbeidsmiljø")) {
                    sheet = s;
                }
            }
            assertThat(sheet).as("sheet of %s among %s", skole, sheets).isNotNull();
            Row header = sheet.getRow(0);
            List<String> columns = new ArrayList<>();
            header.forEach(c -> columns.add(c.getStringCellValue()));
            assertThat(columns).containsExactly("Tjeneste/tilsynsområde", "Avvik/pålegg", "Frist lukking",
                    "Tiltak/kommentar");
            Row row = sheet.getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).contains("(Arbeidstilsynet)");
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("Oktober 2025");
            Cell measures = row.getCell(3);
            assertThat(measures.getCellType()).isEqualTo(CellType.STRING);
            assertThat(measures.getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"Klikk\")");
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Status");
        }
    }

    @Test
    void pdf_has_a_heading_per_sector_and_the_rows() throws Exception {
        byte[] bytes = background.submit(() -> ExportFormat.PDF.write(report.build(filter()))).get();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Tilsyn og revisjoner", skole, helse, "Tjeneste/tilsynsområde", "Avvik/pålegg",
                    "Frist lukking", "Tiltak/kommentar", "16.06.2025", "Oktober 2025", "Saken er lukket i 2025.");
            assertThat(text.indexOf(helse)).isLessThan(text.indexOf("Institusjonstjenesten"));
        }
    }

    @Test
    void the_chapter_for_the_report_pack_holds_only_that_year_and_a_leaders_export_only_her_units() {
        ReportDocument doc = new ReportDocument("Årsrapport", "");
        report.appendChapter(doc, year);
        assertThat(doc.blocks()).first().isEqualTo(new ReportDocument.Heading(1, "Tilsyn og revisjoner"));
        assertThat(doc.blocks()).contains(new ReportDocument.Heading(2, skole), new ReportDocument.Heading(2, helse));

        TestSecurity.runAs(leader.getUsername(), Roles.LEADER);
        ReportDocument own = report.build(filter());
        assertThat(own.blocks()).contains(new ReportDocument.Heading(2, skole))
                .doesNotContain(new ReportDocument.Heading(2, helse));
    }
}
