package no.kommune.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import no.kommune.portal.base.imports.TabularFile;
import org.junit.jupiter.api.Test;

/** Issue 11 item 7: no seed line or transcriber note reaches what users read. */
class DemoTextTest {

    @Test
    void seed_line_references_and_transcriber_notes_are_removed() {
        assertThat(DemoText.forUsers("i løpet av første kvartal 2021 (from description)"))
                .isEqualTo("i løpet av første kvartal 2021");
        assertThat(DemoText.forUsers("Sak 22/1234 (seed line 863)")).isEqualTo("Sak 22/1234");
        assertThat(DemoText.forUsers("Politiske saker (seed lines 1798-1812)")).isEqualTo("Politiske saker");
        assertThat(DemoText.forUsers("hver tertial (\"Det rapporteres (med økonomi)\", seed line 209)"))
                .isEqualTo("hver tertial");
        assertThat(DemoText.forUsers("Frist 1. halvår 2026 (etter avtale)")).as("ordinary brackets stay")
                .isEqualTo("Frist 1. halvår 2026 (etter avtale)");
        assertThat(DemoText.forUsers(null)).isNull();
    }

    @Test
    void what_the_importer_reads_from_the_cleaned_demo_decisions_has_no_seed_references() throws IOException {
        byte[] cleaned = DemoDecisions.forUsers(read("/demo/decisions.csv")).getBytes(StandardCharsets.UTF_8);
        List<TabularFile.Row> rows = TabularFile.read(cleaned, "decisions.csv");

        assertThat(rows).hasSizeGreaterThan(40);
        for (TabularFile.Row row : rows) {
            for (var cell : row.values().entrySet()) {
                // source_file, source_line and notes are the transcriber's bookkeeping; the importer never reads them
                if (!Set.of("source_file", "source_line", "notes").contains(cell.getKey()) && cell.getValue() != null) {
                    assertThat(cell.getValue()).as("%s on line %d", cell.getKey(), row.line())
                            .doesNotContain("seed line").doesNotContain("(from description)");
                }
            }
        }
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = DemoTextTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
