package no.kommune.portal.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import no.kommune.portal.base.UserFacingException;
import no.kommune.portal.organisation.BodyType;
import no.kommune.portal.organisation.OrgFixtures;
import no.kommune.portal.organisation.PoliticalBody;
import no.kommune.portal.security.Roles;
import no.kommune.portal.testsupport.ServiceTest;
import no.kommune.portal.testsupport.TestSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** The real table (decisions.csv, 67 rows) is the acceptance test of the import. */
class DecisionImportTest extends ServiceTest {

    static final List<String> PEOPLE = List.of("Kjersti Forbord Jensås", "Marit Trollerud", "Dag Øyen",
            "Leiv Schulstad", "David Sande", "Line M. Rustad", "Kristian Trengereid", "Kjell Karlsen", "Lena Haugseth",
            "Aino Kristiansen", "Askild Bø", "Rune Løchting", "Kersti Grindalen", "May Borgan");

    @Autowired DecisionImporter importer;
    @Autowired MandateRepository mandates;
    @Autowired OrgFixtures fixtures;
    @Autowired org.springframework.transaction.support.TransactionTemplate tx;

    byte[] csv;

    @BeforeEach
    void organisationOfTheSeeds() throws IOException {
        fixtures.bodyNamed("Kommunestyret", "KS", BodyType.COUNCIL);
        fixtures.bodyNamed("Formannskapet", "FSK", BodyType.EXECUTIVE_COMMITTEE);
        PEOPLE.forEach(fixtures::personNamed);
        csv = getClass().getResourceAsStream("/decisions/decisions.csv").readAllBytes();
        TestSecurity.runAs("direktor-import", Roles.MANAGEMENT);
    }

    @Test
    void strict_import_reports_the_invalid_date_and_imports_nothing() {
        ImportPreview preview = importer.preview(csv, "decisions.csv", ImportOptions.strict());

        assertThat(preview.lines()).hasSize(67);
        assertThat(preview.problems()).anySatisfy(p -> {
            assertThat(p.severity()).isEqualTo(ImportPreview.Severity.ERROR);
            assertThat(p.messageKey()).isEqualTo("import.problem.invalidDate");
            assertThat(p.args()).containsExactly("31.04.2025");
        });
        assertThat(preview.problems()).anySatisfy(p -> {
            assertThat(p.messageKey()).isEqualTo("import.problem.unknownPerson");
            assertThat(p.args()).containsExactly("Kristian Trengeid");
        });
        long before = mandates.count();
        assertThatThrownBy(() -> importer.importFile(csv, "decisions.csv", ImportOptions.strict()))
                .isInstanceOf(UserFacingException.class).hasMessage("import.error.hasErrors");
        assertThat(mandates.count()).as("nothing half-imported").isEqualTo(before);
    }

    @Test
    void lenient_import_takes_all_67_rows_once_and_a_second_import_creates_no_duplicates() {
        ImportPreview preview = importer.preview(csv, "decisions.csv", ImportOptions.lenientImport());
        assertThat(preview.problems()).filteredOn(p -> p.severity() == ImportPreview.Severity.ERROR).isEmpty();
        assertThat(preview.newRows() + preview.duplicateRows()).isEqualTo(67);

        int created = importer.importFile(csv, "decisions.csv", ImportOptions.lenientImport());
        assertThat(created).isEqualTo(preview.newRows());
        assertThat(mandates.findBySourceKey("csv:ELV25-VF-02")).get()
                .satisfies(m -> {
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
        for (int i = 1; i <= 9; i++) {
            assertThat(mandates.findBySourceKey("csv:ROR21-VV-0" + i)).as("row ROR21-VV-0" + i).isPresent();
        }

        assertThat(importer.importFile(csv, "decisions.csv", ImportOptions.lenientImport())).isZero();
        assertThat(importer.preview(csv, "decisions.csv", ImportOptions.lenientImport()).duplicateRows()).isEqualTo(67);
    }

    @Test
    void roros_table_layout_needs_a_body_and_reports_bad_rows_in_plain_words() {
        PoliticalBody ks = fixtures.bodyNamed("Kommunestyret", "KS", BodyType.COUNCIL);
        String table = "Oppdrag;Beskrivelse;Status;Beskrivelse status;Saksreferanse;Oppdragseier;Ansvarlig\n"
                + "Kartlegging;Kartlegge behov;Iht. plan;God framdrift;20/854;Kjersti Forbord Jensås;Marit Trollerud\n"
                + ";Mangler tittel;;;;;\n"
                + "<script>x</script>;Skript;;;;;\n"
                + "Ukjent;Noe;;;;;Ola Ukjent\n";
        byte[] bytes = table.getBytes(StandardCharsets.UTF_8);

        ImportPreview noBody = importer.preview(bytes, "tabell.csv", ImportOptions.strict());
        assertThat(noBody.problems()).extracting(ImportPreview.Problem::messageKey).contains("import.problem.bodyRequired");

        ImportOptions options = new ImportOptions(ks.getId(), OrgFixtures.unique("Verbalvedtak"), "KS 1/26", false);
        ImportPreview preview = importer.preview(bytes, "tabell.csv", options);
        assertThat(preview.problems()).extracting(ImportPreview.Problem::line, ImportPreview.Problem::messageKey)
                .contains(org.assertj.core.groups.Tuple.tuple(3, "import.problem.missingTitle"),
                        org.assertj.core.groups.Tuple.tuple(4, "import.problem.markup"),
                        org.assertj.core.groups.Tuple.tuple(5, "import.problem.unknownPerson"));
        assertThatThrownBy(() -> importer.importFile(bytes, "tabell.csv", options))
                .isInstanceOf(UserFacingException.class);
    }

    @Test
    void unreadable_and_unknown_files_are_refused_with_a_message() {
        assertThatThrownBy(() -> importer.preview(new byte[0], "tom.csv", ImportOptions.strict()))
                .hasMessage("import.error.empty");
        assertThatThrownBy(() -> importer.preview("a,b\n1,2\n".getBytes(), "x.csv", ImportOptions.strict()))
                .hasMessage("import.error.unknownLayout");
        assertThatThrownBy(() -> importer.preview("x".getBytes(), "x.pdf", ImportOptions.strict()))
                .hasMessage("import.error.fileType");
    }

    @Test
    void only_management_may_import() {
        TestSecurity.runAs("leder-import", Roles.LEADER);
        assertThatThrownBy(() -> importer.preview(csv, "decisions.csv", ImportOptions.strict()))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
