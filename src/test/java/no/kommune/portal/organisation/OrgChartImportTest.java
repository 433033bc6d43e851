package no.kommune.portal.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.kommune.portal.base.UserFacingException;
import no.kommune.portal.organisation.OrgChartImportPreview.Outcome;
import no.kommune.portal.organisation.OrgChartImportPreview.Problem;
import no.kommune.portal.testsupport.ServiceTest;
import no.kommune.portal.testsupport.TestSecurity;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Issue 12 item 2: the organisation chart from a municipality's HR export, CSV or Excel, with a preview that shows
 * every row and every row error, saved all or nothing, and matched on re-import so nothing is duplicated.
 */
class OrgChartImportTest extends ServiceTest {

    static final String HEADER = "tjenesteområde;enhet;avdeling;kode;leder_epost\n";

    @Autowired OrgChartService service;
    @Autowired OrgFixtures org;

    OrgUnit kommune;
    String sjef;
    String rektor;

    @BeforeEach
    void data() {
        kommune = org.municipality();
        sjef = OrgFixtures.unique("oppvekstsjef") + "@kommune.no";
        rektor = OrgFixtures.unique("rektor") + "@kommune.no";
        org.withEmail(org.user("oppvekstsjef", Roles.LEADER), sjef);
        org.withEmail(org.user("rektor", Roles.LEADER), rektor.toUpperCase());
        TestSecurity.runAs("admin-import", Roles.ADMIN);
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private OrgChartImportPreview preview(String text) {
        return service.previewImport(csv(text), "organisasjon.csv", kommune.getId());
    }

    /** The municipality's units as "path → type code leader". */
    private Map<String, String> tree() {
        List<ChartUnit> all = service.chart();
        Map<Long, ChartUnit> byId = all.stream().collect(Collectors.toMap(ChartUnit::id, u -> u));
        return all.stream().filter(u -> !u.id().equals(kommune.getId()) && rootOf(u, byId).equals(kommune.getId()))
                .collect(Collectors.toMap(u -> path(u, byId), u -> u.type() + " " + u.code() + " " + u.leaderName()
                        + (u.active() ? "" : " closed")));
    }

    private static Long rootOf(ChartUnit u, Map<Long, ChartUnit> byId) {
        return u.parentId() == null ? u.id() : rootOf(byId.get(u.parentId()), byId);
    }

    private String path(ChartUnit u, Map<Long, ChartUnit> byId) {
        return u.parentId() == null || u.parentId().equals(kommune.getId()) ? u.name()
                : path(byId.get(u.parentId()), byId) + " › " + u.name();
    }

    private static List<String> problemsOf(OrgChartImportPreview preview, int line) {
        return preview.problems().stream().filter(p -> p.line() == line).map(Problem::messageKey).toList();
    }

    static final String VALID = HEADER
            + "Oppvekst;;;;%s\n"
            + "Oppvekst;Skolene;;200;%s\n"
            + "Oppvekst;Skolene;Røros skole;;\n"
            + "Helse og omsorg;Hjemmebaserte tjenester;Hjemmetjenesten;340;\n"
            + ";Stab og støtte;;100;\n";

    @Test
    void a_valid_file_builds_the_tree_with_codes_and_leaders() {
        String file = VALID.formatted(sjef, rektor);

        OrgChartImportPreview preview = preview(file);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.lines()).extracting(OrgChartImportPreview.Line::outcome).containsOnly(Outcome.NEW);
        assertThat(preview.lines().get(3).changes()).extracting(OrgChartImportPreview.Message::key).containsExactly(
                "org.import.change.create.SERVICE_AREA", "org.import.change.create.UNIT",
                "org.import.change.create.DEPARTMENT");
        assertThat(preview.importable()).isTrue();
        assertThat(tree()).as("the preview saves nothing").isEmpty();

        OrgChartImportResult result = service.importFile(csv(file), "organisasjon.csv", kommune.getId());

        assertThat(result.created()).isEqualTo(7);
        assertThat(tree()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Oppvekst", "SERVICE_AREA null Test oppvekstsjef",
                "Oppvekst › Skolene", "UNIT 200 Test rektor",
                "Oppvekst › Skolene › Røros skole", "DEPARTMENT null null",
                "Helse og omsorg", "SERVICE_AREA null null",
                "Helse og omsorg › Hjemmebaserte tjenester", "UNIT null null",
                "Helse og omsorg › Hjemmebaserte tjenester › Hjemmetjenesten", "DEPARTMENT 340 null",
                "Stab og støtte", "UNIT 100 null"));
    }

    @Test
    void importing_the_same_file_again_creates_no_duplicates() {
        String file = VALID.formatted(sjef, rektor);
        service.importFile(csv(file), "organisasjon.csv", kommune.getId());
        Map<String, String> before = tree();

        OrgChartImportPreview again = preview(file);
        assertThat(again.lines()).extracting(OrgChartImportPreview.Line::outcome).containsOnly(Outcome.UNCHANGED);
        assertThat(again.importable()).as("nothing to import").isFalse();
        OrgChartImportResult result = service.importFile(csv(file.replace("Oppvekst;Skolene;;200", "oppvekst;SKOLENE;;200")),
                "organisasjon.csv", kommune.getId());

        assertThat(result.created()).isZero();
        assertThat(tree().keySet()).containsExactlyInAnyOrderElementsOf(before.keySet().stream()
                .map(k -> k.replace("Skolene", "SKOLENE")).toList());
    }

    @Test
    void one_bad_row_saves_nothing_and_its_error_is_shown_on_its_line() {
        String file = HEADER + "Oppvekst;Skolene;;200;" + rektor + "\n"
                + "Oppvekst;Barnehagene;;230;ukjent.person@kommune.no\n";

        OrgChartImportPreview preview = preview(file);
        assertThat(problemsOf(preview, 3)).containsExactly("org.import.problem.leaderUnknown");
        assertThat(preview.problems().getFirst().args()).containsExactly("ukjent.person@kommune.no");
        assertThat(preview.lines().get(0).outcome()).isEqualTo(Outcome.NEW);
        assertThat(preview.lines().get(1).outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(preview.importable()).isFalse();

        assertThatThrownBy(() -> service.importFile(csv(file), "organisasjon.csv", kommune.getId()))
                .isInstanceOf(UserFacingException.class).hasMessage("org.import.error.rowErrors");
        assertThat(tree()).as("all or nothing: not even the good row").isEmpty();
    }

    @Test
    void formulas_markup_too_long_and_empty_names_and_unknown_or_deactivated_leaders_are_row_errors() {
        String inactive = OrgFixtures.unique("sluttet") + "@kommune.no";
        org.deactivate(org.withEmail(org.user("sluttet", Roles.LEADER), inactive));
        String file = HEADER
                + "=HYPERLINK(\"http://x\");;;;\n"          // line 2
                + "Oppvekst;+47 Skole;;;\n"                  // 3
                + "Oppvekst;Skolene;-Avdeling;;\n"           // 4
                + "@Stab;;;;\n"                              // 5
                + "Oppvekst;<b>Skolene</b>;;;\n"             // 6
                + "Oppvekst;<script>alert(1)</script>;;;\n"  // 7
                + "Oppvekst;" + "x".repeat(201) + ";;;\n"    // 8
                + ";;;500;" + rektor + "\n"                  // 9
                + "Oppvekst;Skolene;;=1+1;\n"                // 10
                + "Oppvekst;Barnehagene;;;finnes.ikke@kommune.no\n" // 11
                + "Oppvekst;Kulturskolen;;;" + inactive + "\n"      // 12
                + ";;;;\n";                                  // 13: empty, skipped

        OrgChartImportPreview preview = preview(file);

        assertThat(problemsOf(preview, 2)).containsExactly("validation.field.formula");
        assertThat(problemsOf(preview, 3)).containsExactly("validation.field.formula");
        assertThat(problemsOf(preview, 4)).containsExactly("validation.field.formula");
        assertThat(problemsOf(preview, 5)).containsExactly("validation.field.formula");
        assertThat(problemsOf(preview, 6)).containsExactly("validation.field.noMarkup");
        assertThat(problemsOf(preview, 7)).containsExactly("validation.field.noMarkup");
        assertThat(problemsOf(preview, 8)).containsExactly("validation.field.tooLong");
        assertThat(preview.problems().stream().filter(p -> p.line() == 8).findFirst().orElseThrow().args())
                .containsExactly("enhet", "200");
        assertThat(problemsOf(preview, 9)).containsExactly("org.import.problem.noUnit");
        assertThat(problemsOf(preview, 10)).containsExactly("validation.field.formula");
        assertThat(preview.problems().stream().filter(p -> p.line() == 10).findFirst().orElseThrow().args())
                .as("the code column is named").containsExactly("kode", "40");
        assertThat(problemsOf(preview, 11)).containsExactly("org.import.problem.leaderUnknown");
        assertThat(problemsOf(preview, 12)).containsExactly("org.import.problem.leaderInactive");
        assertThat(problemsOf(preview, 13)).isEmpty();
        assertThat(preview.lines()).hasSize(11).extracting(OrgChartImportPreview.Line::outcome)
                .containsOnly(Outcome.REJECTED);
        assertThat(preview.rowsWithErrors()).isEqualTo(11);
        assertThatThrownBy(() -> service.importFile(csv(file), "organisasjon.csv", kommune.getId()))
                .isInstanceOf(UserFacingException.class);
        assertThat(tree()).isEmpty();
    }

    private static byte[] xlsx(String... rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Organisasjon");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                String[] cells = rows[r].split(";", -1);
                for (int c = 0; c < cells.length; c++) {
                    if (!cells[c].isEmpty()) {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void an_excel_file_with_the_hr_export_headings_is_read_like_csv_and_its_bad_row_stops_it() throws IOException {
        byte[] bad = xlsx("Sektor;Virksomhet;Avdeling;Ansvar;Leder e-post",
                "Oppvekst;Skolene;;200;" + rektor,
                "Oppvekst;Barnehagene;;@230;");
        OrgChartImportPreview badPreview = service.previewImport(bad, "hr-eksport.xlsx", kommune.getId());
        assertThat(badPreview.columns()).extracting(OrgChartImportPreview.ColumnUse::column).containsExactly(
                OrgChartColumn.SERVICE_AREA, OrgChartColumn.UNIT, OrgChartColumn.DEPARTMENT, OrgChartColumn.CODE,
                OrgChartColumn.LEADER_EMAIL);
        assertThat(problemsOf(badPreview, 3)).containsExactly("validation.field.formula");
        assertThatThrownBy(() -> service.importFile(bad, "hr-eksport.xlsx", kommune.getId()))
                .isInstanceOf(UserFacingException.class).hasMessage("org.import.error.rowErrors");
        assertThat(tree()).isEmpty();

        byte[] good = xlsx("Sektor;Virksomhet;Avdeling;Ansvar;Leder e-post",
                "Oppvekst;Skolene;;200;" + rektor,
                "Oppvekst;Barnehagene;;230;");
        OrgChartImportResult result = service.importFile(good, "hr-eksport.xlsx", kommune.getId());
        assertThat(result.created()).isEqualTo(3);
        assertThat(tree()).containsEntry("Oppvekst › Skolene", "UNIT 200 Test rektor")
                .containsEntry("Oppvekst › Barnehagene", "UNIT 230 null");
        assertThat(service.previewImport(good, "hr-eksport.xlsx", kommune.getId()).importable())
                .as("the same sheet again changes nothing").isFalse();
    }

    @Test
    void a_unit_found_by_its_code_is_renamed_moved_and_given_its_leader() {
        service.importFile(csv(HEADER + "Oppvekst;Skolene;;200;\nHelse;;;;\n"), "a.csv", kommune.getId());

        String file = HEADER + "Helse;Grunnskolene;;200;" + rektor + "\n";
        OrgChartImportPreview preview = preview(file);
        assertThat(preview.lines()).singleElement().satisfies(l -> {
            assertThat(l.outcome()).isEqualTo(Outcome.UPDATED);
            assertThat(l.changes()).extracting(OrgChartImportPreview.Message::key).containsExactly(
                    "org.import.change.move", "org.import.change.rename", "org.import.change.leader");
        });
        OrgChartImportResult result = service.importFile(csv(file), "b.csv", kommune.getId());

        assertThat(result.created()).isZero();
        assertThat(result.updated()).isEqualTo(1);
        assertThat(tree()).containsOnlyKeys("Oppvekst", "Helse", "Helse › Grunnskolene")
                .containsEntry("Helse › Grunnskolene", "UNIT 200 Test rektor");
    }

    @Test
    void unknown_columns_are_named_and_a_file_without_level_columns_is_refused_as_a_whole() {
        OrgChartImportPreview extra = preview("tjenesteområde;kostnadssted\nOppvekst;4711\n");
        assertThat(extra.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isZero();
            assertThat(p.messageKey()).isEqualTo("org.import.problem.ignoredColumn");
            assertThat(p.args()).containsExactly("kostnadssted");
        });
        assertThat(extra.importable()).isTrue();

        OrgChartImportPreview none = preview("navn;kode\nOppvekst;1\n");
        assertThat(none.problems()).extracting(Problem::messageKey).contains("org.import.problem.noLevelColumn");
        assertThat(none.importable()).isFalse();
    }

    @Test
    void the_same_unit_twice_is_read_once_and_a_conflicting_twin_is_an_error() {
        OrgChartImportPreview same = preview(HEADER + "Oppvekst;Skolene;;200;\nOppvekst;Skolene;;200;\n");
        assertThat(same.lines()).extracting(OrgChartImportPreview.Line::outcome)
                .containsExactly(Outcome.NEW, Outcome.DUPLICATE);
        assertThat(same.importable()).isTrue();

        OrgChartImportPreview conflicting = preview(HEADER + "Oppvekst;Skolene;;200;\nOppvekst;Barnehagene;;200;\n");
        assertThat(problemsOf(conflicting, 3)).containsExactly("org.import.problem.codeTwice");
        assertThat(conflicting.importable()).isFalse();
    }

    @Test
    void only_administrators_import_the_organisation_chart() {
        byte[] file = csv(VALID.formatted(sjef, rektor));
        TestSecurity.runAs("direktor-import", Roles.MANAGEMENT);
        assertThatThrownBy(() -> service.previewImport(file, "organisasjon.csv", kommune.getId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.importFile(file, "organisasjon.csv", kommune.getId()))
                .isInstanceOf(AccessDeniedException.class);

        TestSecurity.runAs("admin-import", Roles.ADMIN);
        assertThat(tree()).isEmpty();
    }
}
