package no.kommune.portal.base.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.kommune.portal.base.UserFacingException;
import no.kommune.portal.base.export.ExportFormat;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads an uploaded table (CSV with comma or semicolon, RFC 4180 quoting and line breaks inside quotes,
 * or the first sheet of an Excel file) into rows keyed by the header names. Each row remembers the line
 * (CSV) or row number (Excel) where it starts, so import errors can point at it.
 */
public final class TabularFile {

    public static final int MAX_ROWS = 20_000;
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    public record Row(int line, Map<String, String> values) {
        public String get(String column) {
            String v = values.get(column.toLowerCase(Locale.ROOT));
            return v == null ? "" : v.strip();
        }

        public boolean has(String column) {
            return values.containsKey(column.toLowerCase(Locale.ROOT));
        }
    }

    private TabularFile() {
    }

    /** What an upload for {@link #read} accepts: CSV and Excel, by extension and by MIME type. */
    public static String[] acceptedFileTypes() {
        return new String[] {"." + ExportFormat.CSV.extension(), "." + ExportFormat.XLSX.extension(),
                ExportFormat.CSV.mediaType(), ExportFormat.XLSX.mediaType()};
    }

    public static List<Row> read(byte[] content, String fileName) {
        if (content == null || content.length == 0) {
            throw new UserFacingException("import.error.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new UserFacingException("import.error.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
            return readExcel(content);
        }
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return readCsv(new String(content, StandardCharsets.UTF_8));
        }
        throw new UserFacingException("import.error.fileType");
    }

    static List<Row> readCsv(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char delimiter = detectDelimiter(text);
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == delimiter) {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(cell.toString());
                cell.setLength(0);
                addRecord(records, lines, record, recordLine);
                record = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new UserFacingException("import.error.unclosedQuote", recordLine);
        }
        if (cell.length() > 0 || !record.isEmpty()) {
            record.add(cell.toString());
            addRecord(records, lines, record, recordLine);
        }
        return toRows(records, lines);
    }

    private static void addRecord(List<List<String>> records, List<Integer> lines, List<String> record, int line) {
        if (record.size() == 1 && record.getFirst().isBlank()) {
            return;
        }
        if (records.size() > MAX_ROWS) {
            throw new UserFacingException("import.error.tooManyRows", MAX_ROWS);
        }
        records.add(record);
        lines.add(line);
    }

    private static char detectDelimiter(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        return header.chars().filter(ch -> ch == ';').count() > header.chars().filter(ch -> ch == ',').count() ? ';' : ',';
    }

    private static List<Row> readExcel(byte[] content) {
        if (content.length >= 2 && content[0] == 'P' && content[1] == 'K') {
            ZipGuard.check(content); // xlsx: refuse a zip bomb before POI unpacks it
        }
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.of("nb", "NO"));
            List<List<String>> records = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                if (records.size() > MAX_ROWS) {
                    throw new UserFacingException("import.error.tooManyRows", MAX_ROWS);
                }
                List<String> values = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    values.add(cell == null ? "" : formatter.formatCellValue(cell));
                }
                if (values.stream().allMatch(String::isBlank)) {
                    continue;
                }
                records.add(values);
                lines.add(row.getRowNum() + 1);
            }
            return toRows(records, lines);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserFacingException ufe) {
                throw ufe;
            }
            throw new UserFacingException("import.error.unreadable");
        }
    }

    private static List<Row> toRows(List<List<String>> records, List<Integer> lines) {
        if (records.isEmpty()) {
            throw new UserFacingException("import.error.empty");
        }
        List<String> header = records.getFirst().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            Map<String, String> values = new LinkedHashMap<>();
            List<String> record = records.get(r);
            for (int c = 0; c < header.size(); c++) {
                values.put(header.get(c), c < record.size() ? record.get(c) : "");
            }
            rows.add(new Row(lines.get(r), values));
        }
        return rows;
    }
}
