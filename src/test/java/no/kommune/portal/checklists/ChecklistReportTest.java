package no.kommune.portal.checklists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.kommune.portal.base.export.ExportFormat;
import no.kommune.portal.base.export.ReportDocument;
import no.kommune.portal.checklists.ChecklistViews.QuestionAnswer;
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
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The overview and one unit's checklist, exported to PDF and Excel and read back. */
class ChecklistReportTest extends ServiceTest {

    @Autowired ChecklistReport report;
    @Autowired ChecklistService service;
    @Autowired ChecklistFixtures fixtures;
    @Autowired OrgFixtures org;

    OrgUnit helse;
    OrgUnit sykehjem;
    OrgUnit hjemme;
    UserAccount leader;
    Long roundId;
    Long sykehjemInstance;

    /** Sykehjem: 1.1 Ja, 1.2 Ja, 2.1 Nei (with an action), 2.2 Ikke aktuelt, submitted. Hjemmetjenesten: nothing. */
    @BeforeEach
    void data() {
        OrgUnit kommune = org.municipality();
        helse = org.unit("Helse og omsorg", OrgUnitType.SERVICE_AREA, kommune);
        sykehjem = org.unit("Sykehjem", OrgUnitType.UNIT, helse);
        hjemme = org.unit("Hjemmetjenesten", OrgUnitType.UNIT, helse);
        leader = org.user("leder", Roles.LEADER);
        org.lead(leader, helse);
        Long versionId = fixtures.template();
        roundId = fixtures.round(versionId, "2. tertial 2025", LocalDate.now().plusDays(30),
                List.of(sykehjem.getId(), hjemme.getId()));
        sykehjemInstance = fixtures.instanceOf(roundId, sykehjem.getId());
        TestSecurity.runAs(leader.getUsername(), Roles.LEADER);
        Map<String, Long> q = service.instance(sykehjemInstance).areas().stream().flatMap(a -> a.questions().stream())
                .collect(Collectors.toMap(QuestionAnswer::itemNo, QuestionAnswer::questionId));
        service.answer(sykehjemInstance, q.get("1.1"), AnswerValue.YES, "=cmd|' /C calc'!A0");
        service.answer(sykehjemInstance, q.get("1.2"), AnswerValue.YES, null);
        service.answer(sykehjemInstance, q.get("2.1"), AnswerValue.NO, "Opplæringsplan mangler");
        service.answer(sykehjemInstance, q.get("2.2"), AnswerValue.NOT_APPLICABLE, null);
        service.addAction(sykehjemInstance, q.get("2.1"), "Lage opplæringsplan", leader.getId(),
                LocalDate.now().plusMonths(1));
        service.submit(sykehjemInstance, service.instance(sykehjemInstance).row().version());
        TestSecurity.clear();
    }

    @Test
    void the_overview_pdf_has_the_chapter_the_tables_the_exact_percentages_and_a_chart() throws Exception {
        TestSecurity.runAs("direktor-test", Roles.MANAGEMENT);
        ReportDocument doc = report.overview(roundId);
        assertThat(doc.blocks()).anySatisfy(b -> {
            assertThat(b).isInstanceOf(ReportDocument.Chart.class);
            assertThat(((ReportDocument.Chart) b).png()).isNotEmpty();
        });
        try (PDDocument pdf = Loader.loadPDF(ExportFormat.PDF.write(doc))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Internkontroll – status sjekkliste", "Overordnet status",
                    "Status sjekkliste per tjenesteområde", "Status sjekklistekategorier", "Status per enhet",
                    "Ikke startet 0 av 4", "ROS-analyser 2 50,0 % 50,0 % 100,0 % 0,0 % 0,0 %");
            // long (unique test) names wrap inside table cells
            assertThat(text.replace("\n", "")).contains(helse.getName(), sykehjem.getName() + " Sendt inn 4 av 4");
            // overall: 1 of 2 submitted, 4 of 8 answered, Ja 2 / Delvis 0 / Nei 1 of 3 result answers
            assertThat(text).contains("50,0 %", "66,7 %", "33,3 %");
        }
    }

    @Test
    void the_overview_xlsx_has_one_sheet_per_table_with_the_numbers() throws Exception {
        TestSecurity.runAs("kvalitet-test", Roles.QUALITY);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(ExportFormat.XLSX.write(report.overview(roundId))))) {
            Sheet overall = wb.getSheet("Overordnet status");
            assertThat(cells(overall.getRow(0))).containsExactlyElementsOf(ChecklistReport.STATUS_COLUMNS);
            assertThat(cells(overall.getRow(1))).containsExactly("2", "50,0 %", "50,0 %", "66,7 %", "0,0 %",
                    "33,3 %", "");
            Sheet categories = wb.getSheet("Per kategori");
            assertThat(cells(categories.getRow(1))).containsExactly("ROS-analyser", "2", "50,0 %", "50,0 %",
                    "100,0 %", "0,0 %", "0,0 %", "");
            assertThat(cells(categories.getRow(2))).containsExactly("Opplæring", "2", "50,0 %", "50,0 %",
                    "0,0 %", "0,0 %", "100,0 %", "");
            Sheet units = wb.getSheet("Per enhet");
            List<List<String>> rows = new ArrayList<>();
            for (int r = 1; r <= units.getLastRowNum(); r++) {
                rows.add(cells(units.getRow(r)));
            }
            assertThat(rows).anySatisfy(r -> assertThat(r).containsExactly(helse.getName(), sykehjem.getName(),
                    "Sendt inn", "4 av 4", "66,7 %", "0,0 %", "33,3 %", ""));
            assertThat(rows).anySatisfy(r -> assertThat(r).containsExactly(helse.getName(), hjemme.getName(),
                    "Ikke startet", "0 av 4", "0,0 %", "0,0 %", "0,0 %", ""));
        }
    }

    @Test
    void one_units_checklist_exports_answers_actions_and_history_and_neutralises_formulas() throws Exception {
        TestSecurity.runAs(leader.getUsername(), Roles.LEADER);
        ReportDocument doc = report.unitChecklist(sykehjemInstance);
        try (PDDocument pdf = Loader.loadPDF(ExportFormat.PDF.write(doc))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text.replace("\n", "")).contains(sykehjem.getName());
            assertThat(text).contains("2. tertial 2025", "1 ROS-analyser", "tjenesteproduksjon",
                    "Opplæringsplan mangler", "Ikke aktuelt", "Lage opplæringsplan", "Sendt inn", "Runde åpnet");
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(ExportFormat.XLSX.write(doc)))) {
            Sheet ros = wb.getSheet("1 ROS-analyser");
            assertThat(cells(ros.getRow(0))).containsExactly("Nr", "Spørsmål", "Svar", "Kommentar");
            assertThat(cells(ros.getRow(1))).containsExactly("1.1", "tjenesteproduksjon", "Ja", "'=cmd|' /C calc'!A0");
            assertThat(ros.getRow(1).getCell(3).getCellType()).isEqualTo(CellType.STRING);
            Sheet training = wb.getSheet("2 Opplæring");
            assertThat(cells(training.getRow(1))).containsExactly("2.1", "bruk av opplæringsplaner", "Nei",
                    "Opplæringsplan mangler");
            Sheet actions = wb.getSheet("Tiltak");
            assertThat(cells(actions.getRow(1))).containsSequence("2.1", "Lage opplæringsplan", "Test leder");
        }
    }

    @Test
    void the_report_pack_chapter_and_exports_follow_the_same_access_rules() {
        TestSecurity.runAs("politiker-test", Roles.POLITICIAN);
        assertThatThrownBy(() -> report.overview(roundId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> report.unitChecklist(sykehjemInstance)).isInstanceOf(AccessDeniedException.class);
        TestSecurity.runAs("leder-annen", Roles.LEADER);
        assertThatThrownBy(() -> report.unitChecklist(sykehjemInstance)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> report.appendChapter(new ReportDocument("x", "y"), roundId))
                .isInstanceOf(AccessDeniedException.class);

        TestSecurity.runAs("direktor-test", Roles.MANAGEMENT);
        service.publishOverview(roundId, true);
        TestSecurity.runAs("politiker-test", Roles.POLITICIAN);
        ReportDocument pack = new ReportDocument("Tertialrapport", "2. tertial 2025");
        report.appendChapter(pack, roundId);
        assertThat(pack.blocks().getFirst()).isEqualTo(new ReportDocument.Heading(1, "Internkontroll – status sjekkliste"));
    }

    private static List<String> cells(Row row) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            out.add(row.getCell(c) == null ? "" : row.getCell(c).getStringCellValue());
        }
        return out;
    }
}
