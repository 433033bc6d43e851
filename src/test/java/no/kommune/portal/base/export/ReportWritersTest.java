package no.kommune.portal.base.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

class ReportWritersTest {

    private final ReportDocument report = new ReportDocument("Oppfølging av vedtak", "1. tertial 2025")
            .heading(1, "Kommunestyret")
            .text("Særlig viktig: æøå ÆØÅ")
            .table("Oppdrag", List.of("Oppdrag", "Status"), List.of(
                    List.of("Kartlegging behov barnehage", "Ferdig"),
                    List.of("=HYPERLINK(\"http://x\")", "Iht. plan")))
            .chart("Status", Charts.png(Charts.bar("Status", "Antall", Map.of("2025", Map.of("Ferdig", 3)), false),
                    400, 200), 400, 200);

    @Test
    void pdf_contains_the_rows_with_norwegian_letters() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(PdfWriter.write(report))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Oppfølging av vedtak", "Kartlegging behov barnehage", "æøå ÆØÅ", "Iht. plan");
        }
    }

    @Test
    void xlsx_has_one_sheet_per_table_and_formulas_are_neutralised() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(XlsxWriter.write(report)))) {
            var sheet = wb.getSheet("Oppdrag");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Oppdrag");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Kartlegging behov barnehage");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://x\")");
            assertThat(sheet.getRow(2).getCell(0).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
        }
    }

    @Test
    void docx_contains_headings_and_table_text() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DocxWriter.write(report)));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            assertThat(extractor.getText()).contains("Kommunestyret", "Kartlegging behov barnehage", "æøå");
        }
    }
}
