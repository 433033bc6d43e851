package no.kommune.portal.base.export;

import java.nio.charset.StandardCharsets;
import java.util.List;
import no.kommune.portal.base.SafeText;

/**
 * CSV as Norwegian Excel opens it: UTF-8 with a byte order mark, semicolon separated, CRLF line ends, quoted where
 * needed, and every cell through the formula guard ({@link SafeText#spreadsheetCell}), so text a user typed such as
 * "=HYPERLINK(...)" never runs in the reader's spreadsheet. A {@link ReportDocument} is written as its tables one
 * after the other, a blank line between them; headings, text and charts have no place in CSV.
 */
public final class CsvWriter {

    /** Written first, so Excel reads the file as UTF-8 (æøå). */
    public static final String BYTE_ORDER_MARK = "\uFEFF";

    private CsvWriter() {
    }

    static byte[] write(ReportDocument report) {
        StringBuilder csv = new StringBuilder(BYTE_ORDER_MARK);
        boolean first = true;
        for (ReportDocument.Block block : report.blocks()) {
            if (block instanceof ReportDocument.Table table) {
                if (!first) {
                    csv.append("\r\n");
                }
                first = false;
                line(csv, table.columns());
                table.rows().forEach(row -> line(csv, row));
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Appends one line of cells; for exports that stream their rows rather than build a report first. */
    public static void line(StringBuilder csv, List<String> values) {
        for (int c = 0; c < values.size(); c++) {
            if (c > 0) {
                csv.append(';');
            }
            csv.append(field(SafeText.spreadsheetCell(values.get(c))));
        }
        csv.append("\r\n");
    }

    static String field(String value) {
        if (value.indexOf(';') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
