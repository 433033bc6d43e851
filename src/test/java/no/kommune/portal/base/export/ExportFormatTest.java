package no.kommune.portal.base.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExportFormatTest {

    private final ReportDocument report = new ReportDocument("Tilsyn 2025", "Alle sektorer")
            .heading(1, "Oppvekst")
            .text("Særlig viktig: æøå")
            .table("Tilsyn", List.of("Tema", "Status"), List.of(
                    List.of("Brannvern; skole", "Lukket"),
                    List.of("=HYPERLINK(\"http://x\")", "Åpen")));

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void every_format_writes_a_document_and_names_its_file(ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(report, out);

        // not compared byte for byte with write(report): PDF and Excel carry the time they were made
        assertThat(out.toByteArray()).hasSizeGreaterThan(20);
        assertThat(format.fileName("tilsyn")).isEqualTo("tilsyn." + format.extension());
        assertThat(format.mimeType()).startsWith(format.mediaType());
    }

    @Test
    void pdf_is_a_pdf() {
        assertThat(new String(ExportFormat.PDF.write(report), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(ExportFormat.PDF.mimeType()).isEqualTo("application/pdf");
    }

    @Test
    void docx_is_a_zip_declaring_a_word_document() throws IOException {
        assertThat(contentTypes(ExportFormat.DOCX.write(report)))
                .contains("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
        assertThat(ExportFormat.DOCX.mimeType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void xlsx_is_a_zip_declaring_a_workbook() throws IOException {
        assertThat(contentTypes(ExportFormat.XLSX.write(report)))
                .contains("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
        assertThat(ExportFormat.XLSX.mimeType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void csv_is_utf8_with_bom_semicolons_quotes_and_no_formulas() {
        String csv = new String(ExportFormat.CSV.write(report), StandardCharsets.UTF_8);

        assertThat(csv).isEqualTo("\uFEFFTema;Status\r\n\"Brannvern; skole\";Lukket\r\n"
                + "\"'=HYPERLINK(\"\"http://x\"\")\";Åpen\r\n");
        assertThat(ExportFormat.CSV.mediaType()).isEqualTo("text/csv");
    }

    @Test
    void tabular_data_is_a_report_of_one_table() {
        String csv = new String(ExportFormat.CSV.writeTable("Ark", List.of("A", "B"), List.of(List.of("1", "2"))),
                StandardCharsets.UTF_8);

        assertThat(csv).isEqualTo("\uFEFFA;B\r\n1;2\r\n");
    }

    private static String contentTypes(byte[] zip) throws IOException {
        assertThat(zip).startsWith((byte) 'P', (byte) 'K');
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals("[Content_Types].xml")) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no [Content_Types].xml");
    }
}
