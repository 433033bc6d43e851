package no.kommune.portal.decisions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The empty import template: one heading per {@link ImportColumn#TEMPLATE} column. CSV is UTF-8 with a byte
 * order mark and semicolons, which is what Norwegian Excel opens correctly with a double click.
 */
final class ImportTemplate {

    private ImportTemplate() {
    }

    static byte[] csv() {
        String header = ImportColumn.TEMPLATE.stream().map(ImportColumn::heading).collect(Collectors.joining(";"));
        return ("\uFEFF" + header + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Vedtak");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < ImportColumn.TEMPLATE.size(); i++) {
                var cell = header.createCell(i);
                cell.setCellValue(ImportColumn.TEMPLATE.get(i).heading());
                cell.setCellStyle(bold);
                sheet.setColumnWidth(i, 20 * 256);
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
