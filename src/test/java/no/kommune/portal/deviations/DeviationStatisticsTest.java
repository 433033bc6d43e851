package no.kommune.portal.deviations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import no.kommune.portal.base.Formats;
import no.kommune.portal.base.UserFacingException;
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
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * A hand-built data set with the seeds' figures: 962 deviations in 2024 and 819 in 2025 (−14,9 %), split
 * over two categories, two units and open/closed in known numbers.
 */
class DeviationStatisticsTest extends ServiceTest {

    @Autowired DeviationStatistics statistics;
    @Autowired DeviationReport report;
    @Autowired DeviationCategoryRepository categories;
    @Autowired OrgFixtures org;
    @Autowired JdbcTemplate jdbc;
    @Autowired EntityManagerFactory entityManagerFactory;

    OrgUnit kommune;
    OrgUnit unitA;
    OrgUnit unitB;
    UserAccount leaderA;
    long hms;
    long vold;
    String hmsName;
    String voldName;

    @BeforeEach
    void data() {
        kommune = org.municipality();
        unitA = org.unit("Skolen", OrgUnitType.UNIT, kommune);
        unitB = org.unit("=cmd|' /C calc'!A0", OrgUnitType.UNIT, kommune);
        leaderA = org.user("ledera", Roles.LEADER);
        org.lead(leaderA, unitA);
        UserAccount reporter = org.user("ansatt", Roles.EMPLOYEE);
        DeviationCategory c1 = categories.findByCode("HMS").orElseThrow();
        DeviationCategory c2 = categories.findByCode("VOLD").orElseThrow();
        hms = c1.getId();
        vold = c2.getId();
        hmsName = c1.getName();
        voldName = c2.getName();

        List<DeviationGenerator.Row> rows = new ArrayList<>();
        // 2025: 819 = HMS 500 + vold 319; unit A 419 + B 400; closed 700, open 119
        year(rows, 2025, 819, 500, 419, 700, reporter.getId());
        // 2024: 962 = HMS 600 + vold 362; unit A 500 + B 462; closed 900, open 62
        year(rows, 2024, 962, 600, 500, 900, reporter.getId());
        // outside both years: never counted
        rows.add(row("2023", hms, DeviationStatus.CLOSED, reporter.getId(),
                LocalDateTime.of(2023, 12, 31, 23, 59), unitA.getId(), false));
        DeviationGenerator.insert(jdbc, rows);
    }

    private void year(List<DeviationGenerator.Row> rows, int year, int n, int firstCategory, int firstUnit,
            int closed, long reporter) {
        // first row 00:30 on 1 January Oslo time (still 31 December in UTC), last 23:30 on 31 December
        LocalDateTime first = LocalDateTime.of(year, 1, 1, 0, 30);
        Duration step = Duration.ofMinutes((365L * 24 * 60 - 60) / (n - 1));
        for (int i = 0; i < n; i++) {
            LocalDateTime at = i == n - 1 ? LocalDateTime.of(year, 12, 31, 23, 30) : first.plus(step.multipliedBy(i));
            rows.add(row(i == 0 ? "HEMMELIG Kari Nordmann fikk feil medisin" : "Avvik " + i,
                    i < firstCategory ? hms : vold, i < closed ? DeviationStatus.CLOSED : DeviationStatus.IN_PROGRESS,
                    reporter, at, i < firstUnit ? unitA.getId() : unitB.getId(), i == 0));
        }
    }

    private DeviationGenerator.Row row(String title, long category, DeviationStatus status, long reporter,
            LocalDateTime osloTime, long unit, boolean personal) {
        Instant at = osloTime.atZone(Formats.ZONE).toInstant();
        return new DeviationGenerator.Row(title, category, Severity.MEDIUM, status, reporter, at, unit, null, personal);
    }

    private static DeviationStatistics.Line line(List<DeviationStatistics.Line> lines, String name) {
        return lines.stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void quality_gets_exact_counts_and_the_year_over_year_change() {
        TestSecurity.runAs("kvalitet-test", Roles.QUALITY);
        DeviationStatistics.Figures f = statistics.year(2025, kommune.getId());

        assertThat(f.total()).isEqualTo(819);
        assertThat(f.previousTotal()).isEqualTo(962);
        assertThat(f.changePercent()).isEqualByComparingTo(new BigDecimal("-14.9"));
        assertThat(f.changeText()).isEqualTo("\u221214,9 %");
        assertThat(line(f.byCategory(), hmsName)).isEqualTo(new DeviationStatistics.Line(hmsName, 500, 600));
        assertThat(line(f.byCategory(), voldName)).isEqualTo(new DeviationStatistics.Line(voldName, 319, 362));
        assertThat(line(f.byCategory(), hmsName).changeText()).isEqualTo("\u221216,7 %");
        assertThat(line(f.byCategory(), "Annet").count()).isZero();
        assertThat(line(f.byCategory(), "Annet").changeText()).isEqualTo("–");
        assertThat(f.byStatus()).containsExactly(new DeviationStatistics.Line(DeviationStatistics.OPEN, 119, 62),
                new DeviationStatistics.Line(DeviationStatistics.CLOSED, 700, 900));
        assertThat(f.byUnit()).containsExactly(new DeviationStatistics.Line(unitA.getName(), 419, 500),
                new DeviationStatistics.Line(unitB.getName(), 400, 462));
        assertThat(f.share(500)).isEqualTo("61,1 %");
        assertThat(f.byMonth()).hasSize(12);
        assertThat(f.byMonth().getFirst().name()).isEqualTo("jan");
        assertThat(f.byMonth().stream().mapToLong(DeviationStatistics.Line::count).sum()).isEqualTo(819);
        assertThat(f.byMonth().stream().mapToLong(DeviationStatistics.Line::previous).sum()).isEqualTo(962);
        // evenly spread: about 819 / 12 per month, never 0
        assertThat(f.byMonth()).allSatisfy(m -> assertThat(m.count()).isBetween(60L, 76L));
        assertThat(statistics.year(2024, kommune.getId()).previousTotal()).isEqualTo(1);
    }

    @Test
    void each_month_counts_exactly_the_deviations_inside_its_oslo_boundaries_in_one_query() {
        TestSecurity.runAs("kvalitet-test", Roles.QUALITY);
        Statistics stats = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        stats.setStatisticsEnabled(true);
        stats.clear();
        DeviationStatistics.Figures f = statistics.year(2025, kommune.getId());
        long statements = stats.getPrepareStatementCount();
        stats.setStatisticsEnabled(false);

        for (int month = 1; month <= 12; month++) {
            DeviationStatistics.Line line = f.byMonth().get(month - 1);
            assertThat(line.count()).as("2025-%02d", month).isEqualTo(countDirectly(2025, month));
            assertThat(line.previous()).as("2024-%02d", month).isEqualTo(countDirectly(2024, month));
        }
        // the unit tree, six grouped figures, the category list and one query for all 24 monthly counts
        // (those were 24 queries of their own: 32 in all)
        assertThat(statements).isLessThanOrEqualTo(9);
    }

    /** The reference: one plain count per month, Oslo midnight to Oslo midnight, stored as UTC. */
    private long countDirectly(int year, int month) {
        java.time.LocalDate first = java.time.LocalDate.of(year, month, 1);
        return jdbc.queryForObject("SELECT COUNT(*) FROM deviation WHERE reported_to_unit_id IN (?, ?)"
                + " AND reported_at >= ? AND reported_at < ?", Long.class, unitA.getId(), unitB.getId(),
                DeviationGenerator.utc(first.atStartOfDay(Formats.ZONE).toInstant()),
                DeviationGenerator.utc(first.plusMonths(1).atStartOfDay(Formats.ZONE).toInstant()));
    }

    @Test
    void a_leader_sees_only_her_units_and_employees_and_admins_see_nothing() {
        TestSecurity.runAs(leaderA.getUsername(), Roles.LEADER);
        DeviationStatistics.Figures f = statistics.year(2025, null);
        assertThat(f.total()).isEqualTo(419);
        assertThat(f.previousTotal()).isEqualTo(500);
        assertThat(f.byUnit()).extracting(DeviationStatistics.Line::name).containsExactly(unitA.getName());
        assertThat(statistics.year(2025, unitB.getId()).total()).isZero();

        TestSecurity.runAs("direktor-test", Roles.MANAGEMENT);
        assertThat(statistics.year(2025, kommune.getId()).total()).isEqualTo(819);

        TestSecurity.runAs("ansatt-test", Roles.EMPLOYEE);
        assertThatThrownBy(() -> statistics.year(2025, null)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> report.build(2025, null)).isInstanceOf(AuthorizationDeniedException.class);
        TestSecurity.runAs("admin-test", Roles.ADMIN);
        assertThatThrownBy(() -> statistics.year(2025, null)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void bad_period_is_refused() {
        TestSecurity.runAs("kvalitet-test", Roles.QUALITY);
        assertThatThrownBy(() -> statistics.year(20250, null)).isInstanceOf(UserFacingException.class)
                .hasMessage("deviations.error.invalidYear");
        assertThatThrownBy(() -> statistics.period(java.time.LocalDate.of(2025, 2, 1),
                java.time.LocalDate.of(2025, 1, 1), null)).isInstanceOf(UserFacingException.class);
    }

    @Test
    void the_pdf_and_excel_exports_hold_the_figures_and_never_a_deviations_text() throws Exception {
        TestSecurity.runAs("kvalitet-test", Roles.QUALITY);
        ReportDocument doc = report.build(2025, kommune.getId());
        assertThat(doc.blocks()).filteredOn(b -> b instanceof ReportDocument.Chart).hasSize(4);

        try (PDDocument pdf = Loader.loadPDF(ExportFormat.PDF.write(doc))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Avvik").contains("Antall innmeldte avvik 2025: 819 (2024: 962, endring \u221214,9 %)")
                    .contains(hmsName).contains("Åpne").doesNotContain("HEMMELIG").doesNotContain("Kari Nordmann");
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(ExportFormat.XLSX.write(doc)))) {
            Sheet category = wb.getSheet("Kategori");
            Row header = category.getRow(0);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("2025");
            Row hmsRow = findRow(category, hmsName);
            assertThat(hmsRow.getCell(1).getStringCellValue()).isEqualTo("500");
            assertThat(hmsRow.getCell(3).getStringCellValue()).isEqualTo("600");
            assertThat(hmsRow.getCell(4).getStringCellValue()).isEqualTo("\u221216,7 %");
            Row sum = findRow(category, "Sum");
            assertThat(sum.getCell(1).getStringCellValue()).isEqualTo("819");
            assertThat(sum.getCell(4).getStringCellValue()).isEqualTo("\u221214,9 %");
            // a unit name that looks like a formula is written as inert text
            Sheet units = wb.getSheet("Rapportert til");
            Row evil = findRow(units, "'" + unitB.getName());
            assertThat(evil.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            for (Sheet sheet : wb) {
                for (Row r : sheet) {
                    r.forEach(c -> assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA));
                    r.forEach(c -> assertThat(c.toString()).doesNotContain("HEMMELIG"));
                }
            }
        }
    }

    private static Row findRow(Sheet sheet, String first) {
        for (Row r : sheet) {
            if (r.getCell(0) != null && first.equals(r.getCell(0).getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError("No row " + first + " in " + sheet.getSheetName());
    }
}
