package no.kommune.portal.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import no.kommune.portal.base.PageSlice;
import no.kommune.portal.base.PageSlice.SortBy;
import no.kommune.portal.organisation.BodyType;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.PoliticalBody;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UserAccount;
import no.kommune.portal.testsupport.ServiceTest;
import no.kommune.portal.testsupport.TestSecurity;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** Issue 11 item 9: the exports contain exactly what the list shows, in its order; Excel and CSV read back. */
class FollowUpExportTest extends ServiceTest {

    @Autowired FollowUpExport export;
    @Autowired FollowUpService followUp;
    @Autowired DecisionRegistry registry;
    @Autowired OrgFixtures org;

    static final FollowUpExport.Labels LABELS = new FollowUpExport.Labels(
            FollowUpExport.COLUMN_KEYS.stream().map(k -> k.substring(k.lastIndexOf('.') + 1)).toList(), "Ja", "Oppdrag",
            "Filter");

    PoliticalBody body;
    PoliticalBody otherBody;

    @BeforeEach
    void data() {
        body = org.body("Utvalg", BodyType.COMMITTEE, org.municipality());
        otherBody = org.body("Annet", BodyType.COMMITTEE, org.municipality());
        UserAccount leader = org.user("leder", Roles.LEADER);
        TestSecurity.runAs("direktor-eksport", Roles.MANAGEMENT);
        LocalDate today = LocalDate.now(no.kommune.portal.base.Formats.ZONE);
        register(body, new DecisionDraft.MandateDraft("1", "Bsak; med semikolon", "Linje 1\nLinje \"2\"", today.minusDays(5),
                null, null, Set.of(leader.getId()), null),
                new DecisionDraft.MandateDraft("2", "=HYPERLINK(\"http://x\")", null, today.plusDays(50), null, null,
                        Set.of(), null),
                new DecisionDraft.MandateDraft("3", "Cfrist uklar", null, null, "hvert år", null, Set.of(), null),
                new DecisionDraft.MandateDraft("4", "Asak æøå", null, today.minusDays(1), null, null, Set.of(), null));
        register(otherBody, new DecisionDraft.MandateDraft(null, "Annet organ", null, null, null, null, Set.of(), null));
    }

    private void register(PoliticalBody b, DecisionDraft.MandateDraft... drafts) {
        registry.register(new DecisionDraft(b.getId(), LocalDate.of(2024, 12, 12), "KS 145/24", "24/100",
                OrgFixtures.unique("Vedtak"), null, DecisionKind.BUDGET_POINT, List.of(drafts)));
    }

    private static List<List<String>> read(Sheet sheet) {
        DataFormatter f = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.getLastCellNum(); c++) {
                cells.add(row.getCell(c) == null ? "" : f.formatCellValue(row.getCell(c)));
            }
            rows.add(cells);
        }
        return rows;
    }

    @Test
    void excel_has_one_sheet_with_the_lists_rows_in_its_order_and_a_second_sheet_with_the_filter() throws Exception {
        FollowUpFilter filter = FollowUpFilter.all().ofBody(body.getId());
        List<SortBy> byTitle = List.of(SortBy.asc("title"));
        List<List<String>> filterUsed = List.of(List.of("Filter", "Verdi"), List.of("Organ", body.getName()));

        byte[] xlsx = export.xlsx(filter, byTitle, filterUsed, LABELS);

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(2);
            List<List<String>> rows = read(wb.getSheetAt(0));
            assertThat(rows.getFirst()).isEqualTo(LABELS.columns());
            List<String> onScreen = followUp.page(filter, PageSlice.first(50).sortedBy(byTitle)).stream()
                    .map(MandateRow::title).toList();
            assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(5).replaceFirst("^'", ""))
                    .containsExactlyElementsOf(onScreen).hasSize(4).doesNotContain("Annet organ");
            assertThat(rows.get(1).get(5)).isEqualTo("'=HYPERLINK(\"http://x\")").as("formula made inert");
            assertThat(rows).anySatisfy(r -> {
                assertThat(r.get(5)).isEqualTo("Asak æøå");
                assertThat(r.get(10)).as("delayed flag").isEqualTo("Ja");
            });
            assertThat(rows).anySatisfy(r -> {
                assertThat(r.get(5)).isEqualTo("Cfrist uklar");
                assertThat(r.get(11)).as("unclear flag").isEqualTo("Ja");
            });
            assertThat(read(wb.getSheetAt(1))).isEqualTo(filterUsed);
        }
    }

    @Test
    void csv_is_utf8_with_bom_semicolons_quoted_and_formula_safe_in_the_default_order() {
        FollowUpFilter filter = FollowUpFilter.all().ofBody(body.getId()).overdue();

        byte[] csv = export.csv(filter, List.of(), LABELS);

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n"); // a line break inside a cell is a bare \n, inside quotes
        assertThat(lines[0]).isEqualTo(String.join(";", LABELS.columns()));
        assertThat(lines).hasSize(3); // header + the two delayed ones, as the filtered list shows
        // default order is the list's: the one further past its deadline first
        assertThat(lines[1]).contains(";\"Bsak; med semikolon\";\"Linje 1\nLinje \"\"2\"\"\";");
        assertThat(lines[2]).contains(";Asak æøå;");
        assertThat(followUp.page(filter, PageSlice.first(10))).extracting(MandateRow::title)
                .containsExactly("Bsak; med semikolon", "Asak æøå");

        byte[] all = export.csv(FollowUpFilter.all().ofBody(body.getId()), List.of(), LABELS);
        assertThat(new String(all, StandardCharsets.UTF_8)).contains(";\"'=HYPERLINK(\"\"http://x\"\")\";")
                .doesNotContain(";=HYPERLINK");
    }

    @Test
    void employees_cannot_export() {
        TestSecurity.runAs("ansatt-eksport", Roles.EMPLOYEE);
        assertThatThrownBy(() -> export.csv(FollowUpFilter.all(), List.of(), LABELS))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> export.xlsx(FollowUpFilter.all(), List.of(), List.of(), LABELS))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
