package no.kommune.portal.base.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

/**
 * The file formats the portal exports, each with its MIME type, file extension and writer: the one place an
 * export button or a report pack finds them, so a format never gets a second, different MIME type. Every format
 * renders a {@link ReportDocument}; the spreadsheet formats (XLSX, CSV) write its tables only, and every cell
 * through the formula guard ({@link no.kommune.portal.base.SafeText#spreadsheetCell}).
 */
public enum ExportFormat {

    PDF("application/pdf", "pdf", PdfWriter::write),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", DocxWriter::write),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", XlsxWriter::write),
    /** UTF-8 with BOM and semicolons, what Norwegian Excel opens (see {@link CsvWriter}). */
    CSV("text/csv;charset=UTF-8", "csv", CsvWriter::write);

    private final String mimeType;
    private final String extension;
    private final Function<ReportDocument, byte[]> writer;

    ExportFormat(String mimeType, String extension, Function<ReportDocument, byte[]> writer) {
        this.mimeType = mimeType;
        this.extension = extension;
        this.writer = writer;
    }

    public String mimeType() {
        return mimeType;
    }

    /** The MIME type without parameters ({@code text/csv}), as an upload's list of accepted types wants it. */
    public String mediaType() {
        int semicolon = mimeType.indexOf(';');
        return semicolon < 0 ? mimeType : mimeType.substring(0, semicolon);
    }

    /** Without the dot: {@code pdf}. */
    public String extension() {
        return extension;
    }

    /** {@code baseName} with this format's extension: {@code fileName("tilsyn")} is {@code tilsyn.pdf}. */
    public String fileName(String baseName) {
        return baseName + "." + extension;
    }

    /** The report as a file of this format. */
    public byte[] write(ReportDocument report) {
        return writer.apply(report);
    }

    public void write(ReportDocument report, OutputStream out) {
        try {
            out.write(write(report));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tabular data (a header row and rows of text) as a file of this format: a report of one table. */
    public byte[] writeTable(String name, List<String> columns, List<List<String>> rows) {
        return write(new ReportDocument(name, null).table(name, columns, rows));
    }
}
