package no.kommune.portal.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import no.kommune.portal.base.UserFacingException;
import no.kommune.portal.organisation.OrgChartImportPreview.Outcome;
import no.kommune.portal.organisation.OrgChartImportPreview.Problem;
import no.kommune.portal.organisation.OrgChartImportPreview.Severity;
import no.kommune.portal.testsupport.ServiceTest;
import no.kommune.portal.testsupport.TestSecurity;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 12 item 2, users: people from HR's list, CSV or Excel, with a preview that shows every row and every row
 * error, saved all or nothing, matched on re-import by username, else e-mail; no passwords, nobody reactivated,
 * never the whistleblowing receiver role.
 */
class UserImportTest extends ServiceTest {

    static final String HEADER = "navn;e-post;brukernavn;enheter;roller;leder_for\n";

    @Autowired UserImportService service;
    @Autowired OrgFixtures org;
    @Autowired OrgUnitRepository units;
    @Autowired UserAccountRepository users;
    @Autowired UserDirectory directory;
    @Autowired TransactionTemplate tx;

    OrgUnit skolene;
    OrgUnit skole;
    String code;
    String u1;
    String u2;

    @BeforeEach
    void data() {
        OrgUnit kommune = org.municipality();
        code = OrgFixtures.unique("K").replace("-", "");
        skolene = units.save(new OrgUnit(OrgFixtures.unique("Skolene"), code, OrgUnitType.UNIT, kommune));
        skole = org.unit("Røros skole", OrgUnitType.DEPARTMENT, skolene);
        u1 = OrgFixtures.unique("kari");
        u2 = OrgFixtures.unique("ola");
        TestSecurity.runAs("admin-user-import", Roles.ADMIN);
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private UserImportPreview preview(String text) {
        return service.previewImport(csv(text), "brukere.csv");
    }

    private String valid() {
        return HEADER
                + "Kari Nordmann;" + u1 + "@kommune.no;" + u1 + ";" + code + " | " + skole.getName() + ";leder|ansatt;"
                + code + "\n"
                + "Ola Direktør;" + u2 + "@kommune.no;" + u2 + ";;direktør/stab;\n";
    }

    private static List<String> problemsOf(UserImportPreview preview, int line) {
        return preview.problems().stream().filter(p -> p.line() == line).map(Problem::messageKey).toList();
    }

    /** Name, e-mail, roles, unit names, whether the account has a password, active. */
    private String account(String username) {
        return tx.execute(s -> users.findByUsernameIgnoreCase(username).map(u -> u.getFullName() + " " + u.getEmail()
                + " " + u.getRoles().stream().sorted().toList() + " "
                + u.getUnits().stream().map(OrgUnit::getName).sorted().toList() + " password=" + u.hasPassword()
                + " active=" + u.isActive()).orElse("none"));
    }

    private Long leaderOf(OrgUnit unit) {
        return tx.execute(s -> {
            UserAccount leader = units.findById(unit.getId()).orElseThrow().getLeader();
            return leader == null ? null : leader.getId();
        });
    }

    @Test
    void new_people_get_units_roles_and_leadership_and_no_password() {
        UserImportPreview preview = preview(valid());
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.lines()).extracting(UserImportPreview.Line::outcome).containsExactly(Outcome.NEW, Outcome.NEW);
        assertThat(preview.lines().getFirst().roles()).containsExactly(Roles.EMPLOYEE, Roles.LEADER);
        assertThat(preview.lines().getFirst().changes()).extracting(OrgChartImportPreview.Message::key)
                .containsExactly("users.import.change.leads");
        assertThat(preview.importable()).isTrue();
        assertThat(account(u1)).as("the preview saves nothing").isEqualTo("none");

        UserImportResult result = service.importFile(csv(valid()), "brukere.csv");

        assertThat(result).isEqualTo(new UserImportResult(2, 0, 0));
        assertThat(account(u1)).isEqualTo("Kari Nordmann " + u1 + "@kommune.no [EMPLOYEE, LEADER] "
                + List.of(skole.getName(), skolene.getName()).stream().sorted().toList() + " password=false active=true");
        assertThat(account(u2)).isEqualTo("Ola Direktør " + u2 + "@kommune.no [MANAGEMENT] [] password=false active=true");
        assertThat(leaderOf(skolene)).isEqualTo(users.findByUsernameIgnoreCase(u1).orElseThrow().getId());
        assertThat(directory.findLogin(u1)).hasValueSatisfying(l -> assertThat(l.passwordHash())
                .as("no password: single sign-on, or the administrator sets one").isNull());
    }

    @Test
    void importing_the_same_file_again_changes_nothing() {
        service.importFile(csv(valid()), "brukere.csv");
        String before = account(u1);

        UserImportPreview again = preview(valid());

        assertThat(again.problems()).isEmpty();
        assertThat(again.lines()).extracting(UserImportPreview.Line::outcome)
                .containsExactly(Outcome.UNCHANGED, Outcome.UNCHANGED);
        assertThat(again.importable()).as("nothing to save").isFalse();
        assertThat(service.importFile(csv(valid()), "brukere.csv")).isEqualTo(new UserImportResult(0, 0, 2));
        assertThat(account(u1)).isEqualTo(before);
    }

    @Test
    void an_account_is_matched_by_username_else_by_email_and_keeps_its_password_and_username() {
        UserAccount byUsername = org.user(u1, Roles.EMPLOYEE);
        UserAccount byEmail = org.withEmail(org.user(u2, Roles.POLITICIAN), u2 + "@KOMMUNE.no");
        String file = HEADER
                + "Kari Ny;" + u1 + "@kommune.no;" + byUsername.getUsername() + ";" + code + ";kvalitet;\n"
                + "Ola Ny;" + u2 + "@kommune.no;ola.nytt.navn;;;\n";

        UserImportPreview preview = preview(file);

        assertThat(preview.problems()).extracting(p -> p.line() + " " + p.severity() + " " + p.messageKey())
                .containsExactly("3 WARNING users.import.problem.matchedByEmail");
        assertThat(preview.lines()).extracting(UserImportPreview.Line::outcome)
                .containsExactly(Outcome.UPDATED, Outcome.UPDATED);
        assertThat(preview.lines().getFirst().changes()).extracting(OrgChartImportPreview.Message::key)
                .containsExactly("users.import.change.name", "users.import.change.email", "users.import.change.roles",
                        "users.import.change.units");
        assertThat(service.importFile(csv(file), "brukere.csv")).isEqualTo(new UserImportResult(0, 2, 0));

        assertThat(account(byUsername.getUsername())).isEqualTo("Kari Ny " + u1 + "@kommune.no [QUALITY] ["
                + skolene.getName() + "] password=true active=true");
        assertThat(account(byEmail.getUsername())).as("empty roles and units cells keep what she has; same username")
                .isEqualTo("Ola Ny " + u2 + "@kommune.no [POLITICIAN] [] password=true active=true");
        assertThat(account("ola.nytt.navn")).isEqualTo("none");
    }

    @Test
    void a_deactivated_account_is_reported_and_never_reactivated() {
        UserAccount gone = org.deactivate(org.user(u1, Roles.EMPLOYEE));
        String file = HEADER + "Kari Borte;" + u1 + "@kommune.no;" + gone.getUsername() + ";;ansatt;\n";

        UserImportPreview preview = preview(file);

        assertThat(problemsOf(preview, 2)).containsExactly("users.import.problem.deactivated");
        assertThat(preview.importable()).isFalse();
        assertThatThrownBy(() -> service.importFile(csv(file), "brukere.csv")).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).getMessageKey()).isEqualTo("users.import.error.rowErrors");
        assertThat(account(gone.getUsername())).endsWith("active=false");
    }

    @Test
    void the_whistleblowing_receiver_role_is_never_imported_and_a_receiver_keeps_hers() {
        UserAccount receiver = org.user(u1, Roles.WHISTLEBLOWING_RECEIVER, Roles.EMPLOYEE);
        String asking = HEADER + "Ola Mottaker;" + u2 + "@kommune.no;" + u2 + ";;ansatt|varslingsmottaker;\n";
        UserImportPreview refused = preview(asking);
        assertThat(problemsOf(refused, 2)).containsExactly("users.import.problem.receiverRole");
        assertThat(refused.importable()).isFalse();

        String keeping = HEADER + "Kari Mottaker;" + u1 + "@kommune.no;" + receiver.getUsername() + ";;leder;\n";
        service.importFile(csv(keeping), "brukere.csv");
        assertThat(account(receiver.getUsername())).contains("[LEADER, WHISTLEBLOWING_RECEIVER]");
    }

    @Test
    void every_bad_row_is_listed_with_its_reason_and_nothing_is_saved() {
        OrgUnit closed = org.unit("Nedlagt", OrgUnitType.DEPARTMENT, skolene);
        tx.executeWithoutResult(s -> units.findById(closed.getId()).orElseThrow().setActive(false));
        String twin = OrgFixtures.unique("Tvilling");
        units.save(new OrgUnit(twin, null, OrgUnitType.DEPARTMENT, skolene));
        units.save(new OrgUnit(twin, null, OrgUnitType.UNIT, skolene.getParent()));
        String n = OrgFixtures.unique("p");
        String file = HEADER
                + "Grei Person;" + n + "a@kommune.no;" + n + "a;" + code + ";ansatt;\n"            // 2 fine
                + ";" + n + "b@kommune.no;" + n + "b;;;\n"                                       // 3 no name
                + "X".repeat(201) + ";" + n + "c@kommune.no;" + n + "c;;;\n"                        // 4 too long
                + "Ugyldig;ikke-en-adresse;" + n + "d;;;\n"                                        // 5 e-mail
                + "Dobbel;" + n + "e@kommune.no;" + n + "a;;;\n"                                   // 6 username twice
                + "Dobbel e-post;" + n + "a@kommune.no;" + n + "f;;;\n"                            // 7 e-mail twice
                + "<script>alert(1)</script>;" + n + "g@kommune.no;" + n + "g;;;\n"                // 8 markup
                + "=1+1;" + n + "h@kommune.no;" + n + "h;;;\n"                        // 9 formula
                + "Ukjent rolle;" + n + "i@kommune.no;" + n + "i;;sjef;\n"                        // 10 role
                + "Ukjent enhet;" + n + "j@kommune.no;" + n + "j;Finnes ikke;;\n"                 // 11 unit
                + "Nedlagt enhet;" + n + "k@kommune.no;" + n + "k;" + closed.getName() + ";;\n"   // 12 closed
                + "Tvetydig;" + n + "l@kommune.no;" + n + "l;" + twin + ";;\n"                    // 13 ambiguous
                + "Mellomrom;" + n + "m@kommune.no;har mellomrom;;;\n"                             // 14 username
                + "Leder to;" + n + "n@kommune.no;" + n + "n;;;" + code + "\n"                    // 15 leads
                + "Leder tre;" + n + "o@kommune.no;" + n + "o;;;" + code + "\n"                   // 16 leads again
                + "@Formel;" + n + "p@kommune.no;-" + n + "p;;;\n";                               // 17 formula x2

        UserImportPreview preview = preview(file);

        assertThat(problemsOf(preview, 2)).isEmpty();
        assertThat(problemsOf(preview, 3)).containsExactly("validation.field.required");
        assertThat(problemsOf(preview, 4)).containsExactly("validation.field.tooLong");
        assertThat(problemsOf(preview, 5)).containsExactly("users.import.problem.emailInvalid");
        assertThat(problemsOf(preview, 6)).containsExactly("users.import.problem.usernameTwice");
        assertThat(problemsOf(preview, 7)).containsExactly("users.import.problem.emailTwice");
        assertThat(problemsOf(preview, 8)).containsExactly("validation.field.noMarkup");
        assertThat(problemsOf(preview, 9)).containsExactly("validation.field.formula");
        assertThat(problemsOf(preview, 10)).containsExactly("users.import.problem.unknownRole");
        assertThat(problemsOf(preview, 11)).containsExactly("users.import.problem.unitUnknown");
        assertThat(problemsOf(preview, 12)).containsExactly("users.import.problem.unitClosed");
        assertThat(problemsOf(preview, 13)).containsExactly("users.import.problem.unitAmbiguous");
        assertThat(problemsOf(preview, 14)).containsExactly("users.import.problem.usernamePattern");
        assertThat(problemsOf(preview, 15)).isEmpty();
        assertThat(problemsOf(preview, 16)).containsExactly("users.import.problem.leadTwice");
        assertThat(problemsOf(preview, 17)).containsExactly("validation.field.formula",
                "validation.field.formula");
        assertThat(preview.problems()).filteredOn(p -> p.line() == 4).first()
                .extracting(Problem::args).isEqualTo(List.of("navn", "200"));
        assertThat(preview.rowsWithErrors()).isEqualTo(14);
        assertThat(preview.importable()).isFalse();

        assertThatThrownBy(() -> service.importFile(csv(file), "brukere.csv")).isInstanceOf(UserFacingException.class);
        assertThat(account(n + "a")).as("all or nothing").isEqualTo("none");
    }

    @Test
    void an_excel_file_with_other_headings_and_semicolons_inside_a_cell_is_read() throws IOException {
        byte[] file = xlsx("Fullt navn;E-mail;Username;Arbeidssted;Rolle;Avdeling",
                "Kari Excel;" + u1 + "@kommune.no;" + u1 + ";" + code + "," + skole.getName() + ";Politiker,Leder;");
        // the helper splits on ',' inside cells into ';' so the cell itself holds "code;name"
        UserImportPreview preview = service.previewImport(file, "hr.xlsx");

        assertThat(preview.columns()).extracting(UserImportPreview.ColumnUse::column).containsExactly(
                UserImportColumn.NAME, UserImportColumn.EMAIL, UserImportColumn.USERNAME, UserImportColumn.UNITS,
                UserImportColumn.ROLES, null);
        assertThat(preview.problems()).extracting(p -> p.severity() + " " + p.messageKey())
                .containsExactly(Severity.WARNING + " users.import.problem.ignoredColumn");
        service.importFile(file, "hr.xlsx");
        assertThat(account(u1)).contains("[LEADER, POLITICIAN]", skole.getName(), skolene.getName());
    }

    @Test
    void a_file_without_a_required_column_is_refused_as_a_whole() {
        UserImportPreview preview = preview("navn;e-post\nKari;kari@kommune.no\n");
        assertThat(preview.problems()).extracting(p -> p.line() + " " + p.messageKey() + " " + p.args())
                .containsExactly("0 users.import.problem.missingColumn [brukernavn]");
        assertThat(preview.importable()).isFalse();
    }

    @Test
    void the_templates_have_one_heading_per_column() throws IOException {
        String csvTemplate = new String(service.importTemplate(false), StandardCharsets.UTF_8);
        assertThat(csvTemplate).isEqualTo("\uFEFFnavn;e-post;brukernavn;enheter;roller;leder_for\r\n");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(service.importTemplate(true)))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            assertThat(java.util.stream.IntStream.range(0, header.getLastCellNum())
                    .mapToObj(i -> header.getCell(i).getStringCellValue()).collect(Collectors.joining(";")))
                    .isEqualTo("navn;e-post;brukernavn;enheter;roller;leder_for");
        }
    }

    @Test
    void management_may_not_preview_or_import_users() {
        TestSecurity.runAs("direktor-user-import", Roles.MANAGEMENT);
        assertThatThrownBy(() -> preview(valid())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.importFile(csv(valid()), "brukere.csv"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.importTemplate(true)).isInstanceOf(AccessDeniedException.class);
        TestSecurity.runAs("admin-user-import", Roles.ADMIN);
        assertThat(account(u1)).isEqualTo("none");
    }

    /** Rows of cells separated by ';'; a ',' inside a cell becomes ';' (a list cell as Excel holds it). */
    private static byte[] xlsx(String... rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Brukere");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                String[] cells = rows[r].split(";", -1);
                for (int c = 0; c < cells.length; c++) {
                    if (!cells[c].isEmpty()) {
                        row.createCell(c).setCellValue(r == 0 ? cells[c] : cells[c].replace(',', ';'));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
