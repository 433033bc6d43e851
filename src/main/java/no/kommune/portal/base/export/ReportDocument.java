package no.kommune.portal.base.export;

import java.util.ArrayList;
import java.util.List;

/**
 * A format-neutral report: a title and a sequence of blocks (headings, paragraphs, tables, charts).
 * Features build one of these from their data; {@link ExportFormat} renders it (PDF, Word, Excel, CSV), so the
 * versions can never show different rows.
 */
public final class ReportDocument {

    public sealed interface Block permits Heading, Text, Table, Chart {
    }

    /** Level 1 = chapter, 2 = section. */
    public record Heading(int level, String text) implements Block {
    }

    public record Text(String text) implements Block {
    }

    /** A table; {@code name} becomes the sheet name in Excel. Cells are plain text (never formulas). */
    public record Table(String name, List<String> columns, List<List<String>> rows) implements Block {
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(r -> r.stream().map(c -> c == null ? "" : c).toList()).toList();
        }
    }

    /** A chart rendered server-side as PNG (e.g. by JFreeChart); {@code caption} is shown beneath. */
    public record Chart(String caption, byte[] png, int widthPx, int heightPx) implements Block {
    }

    private final String title;
    private final String subtitle;
    private final List<Block> blocks = new ArrayList<>();

    public ReportDocument(String title, String subtitle) {
        this.title = title;
        this.subtitle = subtitle;
    }

    public ReportDocument heading(int level, String text) {
        blocks.add(new Heading(level, text));
        return this;
    }

    public ReportDocument text(String text) {
        blocks.add(new Text(text));
        return this;
    }

    public ReportDocument table(String name, List<String> columns, List<List<String>> rows) {
        blocks.add(new Table(name, columns, rows));
        return this;
    }

    public ReportDocument chart(String caption, byte[] png, int widthPx, int heightPx) {
        blocks.add(new Chart(caption, png, widthPx, heightPx));
        return this;
    }

    public String title() {
        return title;
    }

    public String subtitle() {
        return subtitle;
    }

    public List<Block> blocks() {
        return List.copyOf(blocks);
    }
}
