package no.kommune.portal.base.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.kommune.portal.base.SafeText;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Renders the tables of a {@link ReportDocument} as an Excel workbook, one sheet per table. Every cell
 * is written as a string and made formula-safe ({@link SafeText#spreadsheetCell}), so text such as
 * "=HYPERLINK(...)" typed by a user can never run in the reader's spreadsheet.
 */
final class XlsxWriter {

    private XlsxWriter() {
    }

    public static byte[] write(ReportDocument report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = workbook.createCellStyle();
            XSSFFont bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            Set<String> usedNames = new HashSet<>();
            for (ReportDocument.Block block : report.blocks()) {
                if (block instanceof ReportDocument.Table table) {
                    Sheet sheet = workbook.createSheet(sheetName(table.name(), usedNames));
                    writeRow(sheet.createRow(0), table.columns(), header);
                    int r = 1;
                    for (List<String> row : table.rows()) {
                        writeRow(sheet.createRow(r++), row, null);
                    }
                    for (int c = 0; c < table.columns().size(); c++) {
                        sheet.setColumnWidth(c, 256 * Math.min(60, Math.max(12, table.columns().get(c).length() + 2)));
                    }
                    sheet.createFreezePane(0, 1);
                }
            }
            if (workbook.getNumberOfSheets() == 0) {
                workbook.createSheet(sheetName(report.title(), usedNames));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeRow(Row row, List<String> values, CellStyle style) {
        for (int c = 0; c < values.size(); c++) {
            var cell = row.createCell(c);
            cell.setCellValue(SafeText.spreadsheetCell(values.get(c)));
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    private static String sheetName(String wanted, Set<String> used) {
        String base = WorkbookUtil.createSafeSheetName(wanted == null || wanted.isBlank() ? "Ark" : wanted);
        base = base.length() > 28 ? base.substring(0, 28) : base;
        String name = base;
        for (int i = 2; !used.add(name.toLowerCase()); i++) {
            name = base + " " + i;
        }
        return name;
    }
}
