package no.kommune.portal.base.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Renders a {@link ReportDocument} as a Word document, for reports the secretariat edits further. */
final class DocxWriter {

    private DocxWriter() {
    }

    public static byte[] write(ReportDocument report) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            run(doc.createParagraph(), report.title(), 18, true);
            if (report.subtitle() != null && !report.subtitle().isBlank()) {
                run(doc.createParagraph(), report.subtitle(), 11, false);
            }
            for (ReportDocument.Block block : report.blocks()) {
                switch (block) {
                    case ReportDocument.Heading h -> run(doc.createParagraph(), h.text(), h.level() <= 1 ? 15 : 12, true);
                    case ReportDocument.Text t -> run(doc.createParagraph(), t.text(), 10, false);
                    case ReportDocument.Table t -> table(doc, t);
                    case ReportDocument.Chart c -> {
                        XWPFRun r = doc.createParagraph().createRun();
                        double scale = Math.min(1.0, 600.0 / Math.max(1, c.widthPx()));
                        r.addPicture(new ByteArrayInputStream(c.png()), PictureType.PNG, "chart.png",
                                Units.toEMU(c.widthPx() * scale * 0.75), Units.toEMU(c.heightPx() * scale * 0.75));
                        if (c.caption() != null) {
                            run(doc.createParagraph(), c.caption(), 9, false);
                        }
                    }
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException | InvalidFormatException e) {
            throw new IllegalStateException("Could not write Word report", e);
        }
    }

    private static void run(XWPFParagraph paragraph, String text, int size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontSize(size);
        run.setBold(bold);
    }

    private static void table(XWPFDocument doc, ReportDocument.Table t) {
        XWPFTable table = doc.createTable(t.rows().size() + 1, Math.max(1, t.columns().size()));
        fill(table.getRow(0), t.columns(), true);
        for (int r = 0; r < t.rows().size(); r++) {
            fill(table.getRow(r + 1), t.rows().get(r), false);
        }
        doc.createParagraph();
    }

    private static void fill(XWPFTableRow row, List<String> values, boolean bold) {
        for (int c = 0; c < values.size() && c < row.getTableCells().size(); c++) {
            XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
            XWPFRun run = p.createRun();
            run.setText(values.get(c));
            run.setBold(bold);
            run.setFontSize(8);
        }
    }
}
