package no.kommune.portal.decisions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import no.kommune.portal.base.Formats;
import no.kommune.portal.base.PageSlice;
import no.kommune.portal.base.PageSlice.SortBy;
import no.kommune.portal.base.SafeText;
import no.kommune.portal.base.export.CsvWriter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Exports exactly what the follow-up list shows: the same filter and the same order, read through the same
 * {@link FollowUpService#page} in chunks (so the export and the screen cannot drift apart). Excel: one sheet
 * with a header row, plus a second sheet naming the filter used; written streaming, so a large list does not
 * sit in memory as a workbook. CSV: UTF-8 with BOM and semicolons, what Norwegian Excel opens; every cell
 * passes the formula guard ({@link SafeText#spreadsheetCell}).
 */
@Service
public class FollowUpExport {

    /** Translation keys of the export's columns, in order; the view translates them on the UI thread. */
    public static final List<String> COLUMN_KEYS = List.of("decisions.export.body", "decisions.export.caseNumbers",
            "decisions.export.decision", "decisions.export.origin", "decisions.export.itemRef",
            "decisions.export.mandate", "decisions.export.description", "decisions.export.deadline",
            "decisions.export.dueDate", "decisions.export.status", "decisions.export.delayed",
            "decisions.export.deadlineUnclear", "decisions.export.statusText", "decisions.export.owner",
            "decisions.export.responsible", "decisions.export.unit");

    /** The texts an export needs, translated by the caller in the user's language. */
    public record Labels(List<String> columns, String yes, String sheetName, String filterSheetName) {
    }

    private static final int CHUNK = 1000;
    /** Excel's own limit is 1 048 576 rows; a list larger than this is cut and says so in the filter sheet. */
    static final int MAX_ROWS = 1_000_000;

    private final FollowUpService followUp;

    public FollowUpExport(FollowUpService followUp) {
        this.followUp = followUp;
    }

    /** The rows of the list for the filter and sort, as cells in the order of {@link #COLUMN_KEYS}. */
    @PreAuthorize(FollowUpService.READ)
    public List<List<String>> rows(FollowUpFilter filter, List<SortBy> sort, String yes) {
        List<List<String>> rows = new ArrayList<>();
        forEachRow(filter, sort, r -> rows.add(cells(r, yes)));
        return rows;
    }

    @PreAuthorize(FollowUpService.READ)
    public byte[] xlsx(FollowUpFilter filter, List<SortBy> sort, List<List<String>> filterUsed, Labels labels) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet sheet = workbook.createSheet(labels.sheetName());
            write(sheet.createRow(0), labels.columns(), bold);
            int[] next = {1};
            forEachRow(filter, sort, r -> write(sheet.createRow(next[0]++), cells(r, labels.yes()), null));
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next[0] - 1), 0, labels.columns().size() - 1));
            for (int c = 0; c < labels.columns().size(); c++) {
                sheet.setColumnWidth(c, 256 * (c == 6 || c == 12 ? 60 : 22));
            }
            Sheet used = workbook.createSheet(labels.filterSheetName());
            int r = 0;
            for (List<String> line : filterUsed) {
                write(used.createRow(r++), line, r == 1 ? bold : null);
            }
            used.setColumnWidth(0, 256 * 30);
            used.setColumnWidth(1, 256 * 60);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CSV as Norwegian Excel opens it ({@link CsvWriter}: UTF-8 with BOM, semicolons, formula guard). */
    @PreAuthorize(FollowUpService.READ)
    public byte[] csv(FollowUpFilter filter, List<SortBy> sort, Labels labels) {
        StringBuilder sb = new StringBuilder(CsvWriter.BYTE_ORDER_MARK);
        CsvWriter.line(sb, labels.columns());
        forEachRow(filter, sort, r -> CsvWriter.line(sb, cells(r, labels.yes())));
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void forEachRow(FollowUpFilter filter, List<SortBy> sort, Consumer<MandateRow> action) {
        for (int page = 0; page * CHUNK < MAX_ROWS; page++) {
            List<MandateRow> rows = followUp.page(filter, new PageSlice(page * CHUNK, CHUNK, sort));
            rows.forEach(action);
            if (rows.size() < CHUNK) {
                return;
            }
        }
    }

    static List<String> cells(MandateRow r, String yes) {
        return List.of(nz(r.bodyName()), nz(r.caseNumbers()), nz(r.decisionTitle()), r.originDisplay(),
                nz(r.itemRef()), nz(r.title()), nz(r.description()), r.deadlineDisplay(),
                r.dueDate() == null ? "" : Formats.date(r.dueDate()), nz(r.statusLabel()), r.overdue() ? yes : "",
                r.deadlineUnclear() ? yes : "", nz(r.statusText()), nz(r.ownerName()), nz(r.responsibleNames()),
                nz(r.unitName()));
    }

    private static void write(Row row, List<String> values, CellStyle style) {
        for (int c = 0; c < values.size(); c++) {
            var cell = row.createCell(c);
            cell.setCellValue(SafeText.spreadsheetCell(values.get(c)));
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
