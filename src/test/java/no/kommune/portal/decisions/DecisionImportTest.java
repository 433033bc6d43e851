package no.kommune.portal.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.kommune.portal.base.UserFacingException;
import no.kommune.portal.base.imports.TabularFile;
import no.kommune.portal.decisions.ImportPreview.Outcome;
import no.kommune.portal.decisions.ImportPreview.Problem;
import no.kommune.portal.decisions.ImportPreview.Severity;
import no.kommune.portal.organisation.BodyType;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.PoliticalBody;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.testsupport.ServiceTest;
import no.kommune.portal.testsupport.TestSecurity;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * The real table of the seeds (decisions.csv, 67 rows, copied from the shared domain data) is the acceptance
 * test of the import, together with small files that each break one rule (issue 11 item 4).
 */
class DecisionImportTest extends ServiceTest {

    static final List<String> PEOPLE = List.of("Kjersti Forbord Jensås", "Marit Trollerud", "Dag Øyen",
            "Leiv Schulstad", "David Sande", "Line M. Rustad", "Kristian Trengereid", "Kjell Karlsen", "Lena Haugseth",
            "Aino Kristiansen", "Askild Bø", "Rune Løchting", "Kersti Grindalen", "May Borgan");

    @Autowired DecisionImporter importer;
    @Autowired MandateRepository mandates;
    @Autowired OrgFixtures fixtures;
    @Autowired org.springframework.transaction.support.TransactionTemplate tx;

    byte[] csv;
    PoliticalBody council;

    @BeforeEach
    void organisationOfTheSeeds() throws IOException {
        council = fixtures.bodyNamed("Kommunestyret", "KS", BodyType.COUNCIL);
        fixtures.bodyNamed("Formannskapet", "FSK", BodyType.EXECUTIVE_COMMITTEE);
        PEOPLE.forEach(fixtures::personNamed);
        csv = getClass().getResourceAsStream("/decisions/decisions.csv").readAllBytes();
        TestSecurity.runAs("direktor-import", Roles.MANAGEMENT);
    }

    @Test
    void strict_import_rejects_only_the_rows_with_errors_each_with_its_own_line_and_reason() {
        ImportPreview preview = importer.preview(csv, "decisions.csv", ImportOptions.strict());

        assertThat(preview.lines()).hasSize(67);
        assertThat(preview.hasFileErrors()).isFalse();
        Problem invalidDate = preview.problems().stream().filter(p -> p.messageKey().equals("import.problem.invalidDate"))
                .findFirst().orElseThrow();
        assertThat(invalidDate.args()).containsExactly("31.04.2025");
        assertThat(invalidDate.severity()).isEqualTo(Severity.ERROR);
        assertThat(preview.problems()).anySatisfy(p -> {
            assertThat(p.messageKey()).isEqualTo("import.problem.unknownPerson");
            assertThat(p.args()).containsExactly("Kristian Trengeid");
        });
        assertThat(outcomeOf(preview, invalidDate.line())).isEqualTo(Outcome.REJECTED);
        preview.lines().stream().filter(l -> l.outcome() == Outcome.REJECTED).forEach(l ->
                assertThat(preview.problemsOf(l.line())).as("rejected line %s says why", l.line())
                        .anyMatch(p -> p.severity() == Severity.ERROR));

        long rejected = preview.count(Outcome.REJECTED);
        ImportResult result = importer.importFile(csv, "decisions.csv", ImportOptions.strict());
        assertThat(result.rejectedRows()).isEqualTo(rejected);
        assertThat(result.rejected()).extracting(Problem::line).contains(invalidDate.line());
        assertThat(result.created() + result.alreadyImportedLines().size()).isEqualTo(67 - rejected);
        assertThat(mandates.findBySourceKey("csv:ELV25-VF-02")).as("the row with the impossible date").isEmpty();
        assertThat(mandates.findBySourceKey("csv:ROR21-VV-01")).as("a good row").isPresent();
    }

    @Test
    void lenient_import_takes_all_67_rows_once_and_a_second_import_reports_them_as_already_imported() {
        ImportPreview preview = importer.preview(csv, "decisions.csv", ImportOptions.lenientImport());
        assertThat(preview.problems()).filteredOn(p -> p.severity() == Severity.ERROR).isEmpty();
        assertThat(preview.newRows() + preview.duplicateRows()).isEqualTo(67);
        assertThat(preview.problems()).as("an empty title gets a message").anySatisfy(p -> {
            assertThat(p.messageKey()).isEqualTo("import.problem.titleFromDescription");
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
        });

        ImportResult result = importer.importFile(csv, "decisions.csv", ImportOptions.lenientImport());
        assertThat(result.created()).isEqualTo(preview.newRows());
        assertThat(result.rejected()).isEmpty();
        assertThat(mandates.findBySourceKey("csv:ELV25-VF-02")).get().satisfies(m -> {
            assertThat(m.getDeadline()).isNull();
            assertThat(m.getDeadlineText()).isEqualTo("31.04.2025");
        });
        tx.executeWithoutResult(status -> {
            Mandate pkt9 = mandates.findBySourceKey("csv:ELV25-VF-09").orElseThrow();
            assertThat(pkt9.getResponsibles()).extracting(no.kommune.portal.organisation.UserAccount::getFullName)
                    .containsExactlyInAnyOrder("Line M. Rustad", "Kersti Grindalen", "May Borgan");
            Mandate first = mandates.findBySourceKey("csv:ROR21-VV-01").orElseThrow();
            assertThat(first.getStatus().getLabel()).isEqualTo("Ferdig");
            assertThat(first.getDecision().getArchiveReference()).isEqualTo("20/854");
            assertThat(first.getDecision().getBody().getName()).isEqualTo("Kommunestyret");
        });

        ImportResult again = importer.importFile(csv, "decisions.csv", ImportOptions.lenientImport());
        assertThat(again.created()).isZero();
        assertThat(again.alreadyImportedLines()).hasSize(67);
        ImportPreview second = importer.preview(csv, "decisions.csv", ImportOptions.lenientImport());
        assertThat(second.duplicateRows()).isEqualTo(67);
        assertThat(second.problems()).filteredOn(p -> p.messageKey().equals("import.problem.alreadyImported"))
                .hasSize(67);
    }

    @Test
    void the_seed_file_with_norwegian_headings_and_without_record_id_is_read_by_column_names() {
        Map<String, String> renames = Map.of("title", "Tittel", "description", "Beskrivelse", "body", "Organ",
                "case_numbers", "Saksnummer", "owner", "Oppdragseier", "responsible", "Ansvarlig", "deadline", "Frist",
                "status_comment", "Beskrivelse status", "reference", "Saksreferanse", "item_ref", "Punkt i vedtak");
        byte[] renamed = withoutColumn(renameHeadings(csv, renames), "record_id");

        ImportPreview preview = importer.preview(renamed, "vedtak.csv", ImportOptions.lenientImport());

        assertThat(preview.hasFileErrors()).isFalse();
        assertThat(preview.lines()).hasSize(67).noneMatch(l -> l.outcome() == Outcome.REJECTED);
        assertThat(preview.columns()).extracting(ImportPreview.ColumnUse::header, ImportPreview.ColumnUse::column)
                .contains(tuple("tittel", ImportColumn.TITLE), tuple("oppdragseier", ImportColumn.OWNER),
                        tuple("frist", ImportColumn.DEADLINE), tuple("saksreferanse", ImportColumn.REFERENCE),
                        tuple("punkt i vedtak", ImportColumn.ITEM_REF), tuple("source_line", null));
        assertThat(preview.lines()).filteredOn(l -> l.title().equals("Kartlegging behov barnehage")).singleElement()
                .satisfies(l -> {
                    assertThat(l.responsible()).isEqualTo("Marit Trollerud");
                    assertThat(l.body()).isEqualTo("Kommunestyret");
                });
    }

    @Test
    void a_20000_character_description_is_refused_with_a_message_and_never_cut() {
        String title = OrgFixtures.unique("Langt oppdrag");
        String ok = OrgFixtures.unique("Kort oppdrag");
        String file = "Organ;Oppdrag;Beskrivelse\nKommunestyret;" + ok + ";Kort\nKommunestyret;" + title + ";"
                + "x".repeat(20_000) + "\n";

        ImportPreview preview = importer.preview(bytes(file), "lang.csv", ImportOptions.strict());
        assertThat(preview.problemsOf(3)).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("validation.field.tooLong");
            assertThat(p.args()).containsExactly("beskrivelse", "10000");
        });
        assertThat(outcomeOf(preview, 3)).isEqualTo(Outcome.REJECTED);

        ImportResult result = importer.importFile(bytes(file), "lang.csv", ImportOptions.strict());
        assertThat(result.created()).isEqualTo(1);
        assertThat(result.rejected()).extracting(Problem::line, Problem::messageKey)
                .containsExactly(tuple(3, "validation.field.tooLong"));
        assertThat(mandates.findAll()).extracting(Mandate::getTitle).contains(ok).doesNotContain(title);
    }

    @Test
    void an_empty_title_a_duplicate_row_and_an_already_imported_row_each_get_their_own_message() {
        String title = OrgFixtures.unique("Utrede skolestruktur");
        String file = "Organ;Saksnummer;Oppdrag;Beskrivelse;Frist;Status\n"
                + "KS;PS-101/26;" + title + ";Utrede;30.06.2026;Iht. plan\n"
                + "KS;PS-101/26;;;01.07.2026;\n"
                + "KS;PS-101/26;" + title + ";Utrede;30.06.2026;Iht. plan\n"
                + "KS;PS-101/26;<b>Fet</b>;;;\n"
                + "KS;PS-101/26;" + title + " 2;;;Gjort\n";

        ImportPreview preview = importer.preview(bytes(file), "vedtak.csv", ImportOptions.strict());
        assertThat(preview.lines()).extracting(ImportPreview.Line::line, ImportPreview.Line::outcome).containsExactly(
                tuple(2, Outcome.NEW), tuple(3, Outcome.REJECTED), tuple(4, Outcome.DUPLICATE_IN_FILE),
                tuple(5, Outcome.REJECTED), tuple(6, Outcome.REJECTED));
        assertThat(preview.problems()).extracting(Problem::line, Problem::messageKey).contains(
                tuple(3, "import.problem.missingTitle"), tuple(4, "import.problem.duplicateInFile"),
                tuple(5, "validation.field.noMarkup"), tuple(6, "import.problem.unknownStatus"));
        assertThat(preview.problemsOf(4).getFirst().args()).containsExactly("2");
        assertThat(preview.problemsOf(6).getFirst().args().get(1)).as("the allowed values are named")
                .contains("Iht. plan", "Ferdig", "Forsinket");

        ImportResult first = importer.importFile(bytes(file), "vedtak.csv", ImportOptions.strict());
        assertThat(first.created()).isEqualTo(1);
        assertThat(first.duplicateLines()).containsExactly(4);
        assertThat(first.rejected()).extracting(Problem::line).containsExactly(3, 5, 6);

        ImportResult second = importer.importFile(bytes(file), "vedtak.csv", ImportOptions.strict());
        assertThat(second.created()).isZero();
        assertThat(second.alreadyImportedLines()).containsExactly(2);
        assertThat(importer.preview(bytes(file), "vedtak.csv", ImportOptions.strict()).problemsOf(2))
                .extracting(Problem::messageKey).containsExactly("import.problem.alreadyImported");
    }

    @Test
    void the_user_maps_unrecognised_columns_in_the_preview() {
        String title = OrgFixtures.unique("Nytt svømmeanlegg");
        String file = "Hva;Når;Organ;Notat\n" + title + ";31.12.2026;Kommunestyret;intern\n";

        ImportPreview unknown = importer.preview(bytes(file), "egen.csv", ImportOptions.strict());
        assertThat(unknown.hasFileErrors()).isTrue();
        assertThat(unknown.problemsOf(0)).extracting(Problem::messageKey).contains("import.problem.noTitleColumn");
        assertThatThrownBy(() -> importer.importFile(bytes(file), "egen.csv", ImportOptions.strict()))
                .isInstanceOf(UserFacingException.class).hasMessage("import.error.fileProblems");

        Map<String, ImportColumn> choices = new HashMap<>();
        choices.put("Hva", ImportColumn.TITLE);
        choices.put("når", ImportColumn.DEADLINE);
        choices.put("Notat", null);
        ImportOptions mapped = ImportOptions.strict().withColumns(choices);
        ImportPreview preview = importer.preview(bytes(file), "egen.csv", mapped);
        assertThat(preview.hasFileErrors()).isFalse();
        assertThat(preview.lines()).singleElement().satisfies(l -> {
            assertThat(l.title()).isEqualTo(title);
            assertThat(l.deadline()).isEqualTo("31.12.2026");
            assertThat(l.outcome()).isEqualTo(Outcome.NEW);
        });
        assertThat(preview.columns()).filteredOn(c -> c.header().equals("notat")).singleElement()
                .satisfies(c -> assertThat(c.chosenIgnored()).isTrue());
        assertThat(importer.importFile(bytes(file), "egen.csv", mapped).created()).isEqualTo(1);
    }

    @Test
    void roros_table_without_body_column_needs_a_body_and_reports_bad_rows_in_plain_words() {
        String table = "Oppdrag;Beskrivelse;Status;Beskrivelse status;Saksreferanse;Oppdragseier;Ansvarlig\n"
                + "Kartlegging;Kartlegge behov;Iht. plan;God framdrift;20/854;Kjersti Forbord Jensås;Marit Trollerud\n"
                + ";Mangler tittel;;;;;\n"
                + "<script>x</script>;Skript;;;;;\n"
                + "Ukjent;Noe;;;;;Ola Ukjent\n"
                + ";;Iht. plan;;;;\n";
        byte[] bytes = bytes(table);

        ImportPreview noBody = importer.preview(bytes, "tabell.csv", ImportOptions.strict());
        assertThat(noBody.problems()).extracting(Problem::line, Problem::messageKey)
                .contains(tuple(0, "import.problem.bodyRequired"));
        assertThatThrownBy(() -> importer.importFile(bytes, "tabell.csv", ImportOptions.strict()))
                .hasMessage("import.error.fileProblems");

        ImportOptions options = new ImportOptions(council.getId(), OrgFixtures.unique("Verbalvedtak"), "KS 1/26", false);
        ImportPreview preview = importer.preview(bytes, "tabell.csv", options);
        assertThat(preview.problems()).extracting(Problem::line, Problem::messageKey).contains(
                tuple(3, "import.problem.titleFromDescription"), tuple(4, "validation.field.noMarkup"),
                tuple(5, "import.problem.unknownPerson"), tuple(6, "import.problem.missingTitle"));
        ImportResult result = importer.importFile(bytes, "tabell.csv", options);
        assertThat(result.created()).isEqualTo(2);
        assertThat(result.rejected()).extracting(Problem::line).containsExactly(4, 5, 6);
    }

    @Test
    void the_templates_have_the_listed_columns_and_a_filled_template_is_read_without_mapping() throws Exception {
        byte[] csvTemplate = importer.template(false);
        assertThat(new String(csvTemplate, StandardCharsets.UTF_8)).startsWith("\uFEFFOrgan;Saksnummer;");
        try (var workbook = WorkbookFactory.create(new ByteArrayInputStream(importer.template(true)))) {
            var header = workbook.getSheetAt(0).getRow(0);
            List<String> headings = new java.util.ArrayList<>();
            header.forEach(cell -> headings.add(cell.getStringCellValue()));
            assertThat(headings).containsExactlyElementsOf(ImportColumn.TEMPLATE.stream().map(ImportColumn::heading).toList());
        }
        String title = OrgFixtures.unique("Fra malen");
        String filled = new String(csvTemplate, StandardCharsets.UTF_8)
                + "Kommunestyret;PS-7/26;12.02.2026;Budsjett 2026;Pkt. 1;" + title + ";Beskrivelse;1. halvår 2026;"
                + "Kjersti Forbord Jensås;Marit Trollerud, Dag Øyen;Iht. plan;På vei;26/12;" + title + "-id\n";

        ImportPreview preview = importer.preview(bytes(filled), "mal.csv", ImportOptions.strict());
        assertThat(preview.columns()).allSatisfy(c -> assertThat(c.column()).as(c.header()).isNotNull());
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.lines()).singleElement().satisfies(l -> {
            assertThat(l.decision()).isEqualTo("Budsjett 2026");
            assertThat(l.deadline()).isEqualTo("1. halvår 2026");
            assertThat(l.outcome()).isEqualTo(Outcome.NEW);
        });
        assertThat(TabularFile.read(csvTemplate, "mal.csv")).as("an empty template has no rows").isEmpty();
    }

    @Test
    void a_row_without_status_gets_the_state_its_own_text_states_and_the_preview_says_so() {
        String key = OrgFixtures.unique("tekst");
        String file = "body,title,status,status_comment,record_id\n"
                + "Kommunestyret,Låneopptak,,Låneopptak på kr 20 000 000 er gjennomført.," + key + "-1\n"
                + "Kommunestyret,Strategisk plan,,Prosessen pågår.," + key + "-2\n"
                + "Kommunestyret,Gebyrregulativ,,\"Ikke gjennomført, omstillingen pågår.\"," + key + "-3\n"
                + "Kommunestyret,Kassekreditt,,Det er inngått avtale om kassekreditt.," + key + "-4\n"
                + "Kommunestyret,Ferdig i kilden,Iht. plan,Gjennomført.," + key + "-5\n";

        ImportPreview preview = importer.preview(bytes(file), "elverum.csv", ImportOptions.strict());

        assertThat(preview.lines()).extracting(ImportPreview.Line::status)
                .containsExactly("Ferdig", "Startet", "Ikke startet", "Ikke startet", "Iht. plan");
        assertThat(preview.problems()).filteredOn(p -> p.messageKey().equals("import.problem.statusFromText"))
                .extracting(Problem::line, Problem::args).containsExactly(
                        tuple(2, List.of("Ferdig", "gjennomført")), tuple(3, List.of("Startet", "pågår")),
                        tuple(4, List.of("Ikke startet", "ikke gjennomført")));
        assertThat(preview.problems()).allMatch(p -> p.severity() == Severity.WARNING);

        importer.importFile(bytes(file), "elverum.csv", ImportOptions.strict());
        tx.executeWithoutResult(status -> {
            assertThat(mandates.findBySourceKey("csv:" + key + "-1").orElseThrow().getStatus().getState())
                    .isEqualTo(MandateState.DONE);
            assertThat(mandates.findBySourceKey("csv:" + key + "-5").orElseThrow().getStatus().getLabel())
                    .as("a status in the file is never overruled by its text").isEqualTo("Iht. plan");
        });
    }

    @Test
    void unreadable_files_are_refused_with_a_message() {
        assertThatThrownBy(() -> importer.preview(new byte[0], "tom.csv", ImportOptions.strict()))
                .hasMessage("import.error.empty");
        assertThatThrownBy(() -> importer.preview("x".getBytes(), "x.pdf", ImportOptions.strict()))
                .hasMessage("import.error.fileType");
    }

    @Test
    void only_management_may_import_or_get_the_template() {
        TestSecurity.runAs("leder-import", Roles.LEADER);
        assertThatThrownBy(() -> importer.preview(csv, "decisions.csv", ImportOptions.strict()))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> importer.importFile(csv, "decisions.csv", ImportOptions.strict()))
                .isInstanceOf(AuthorizationDeniedException.class);
        TestSecurity.runAs("politiker-import", Roles.POLITICIAN);
        assertThatThrownBy(() -> importer.template(true)).isInstanceOf(AuthorizationDeniedException.class);
    }

    private static Outcome outcomeOf(ImportPreview preview, int line) {
        return preview.lines().stream().filter(l -> l.line() == line).findFirst().orElseThrow().outcome();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] renameHeadings(byte[] file, Map<String, String> renames) {
        String text = new String(file, StandardCharsets.UTF_8);
        int end = text.indexOf('\n');
        String header = Arrays.stream(text.substring(0, end).split(","))
                .map(h -> renames.getOrDefault(h, h)).collect(Collectors.joining(","));
        return (header + text.substring(end)).getBytes(StandardCharsets.UTF_8);
    }

    /** The same table without one column, written back as semicolon CSV with every cell quoted. */
    private static byte[] withoutColumn(byte[] file, String column) {
        List<TabularFile.Row> rows = TabularFile.read(file, "x.csv");
        List<String> headers = rows.getFirst().values().keySet().stream().filter(h -> !h.equals(column)).toList();
        StringBuilder out = new StringBuilder(String.join(";", headers)).append('\n');
        for (TabularFile.Row row : rows) {
            out.append(headers.stream().map(h -> "\"" + row.values().get(h).replace("\"", "\"\"") + "\"")
                    .collect(Collectors.joining(";"))).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
