package no.kommune.portal.base.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * Renders a {@link ReportDocument} as PDF (landscape A4, as the seeds' follow-up tables are wide).
 * Embeds DejaVu Sans from the jar: the standard PDF fonts cannot show æ, ø and å reliably.
 */
final class PdfWriter {

    private static final byte[] REGULAR = readFont("/fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = readFont("/fonts/DejaVuSans-Bold.ttf");

    private PdfWriter() {
    }

    public static byte[] write(ReportDocument report) {
        try {
            BaseFont regular = BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    true, REGULAR, null);
            BaseFont bold = BaseFont.createFont("DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    true, BOLD, null);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
            org.openpdf.text.pdf.PdfWriter.getInstance(document, out);
            document.addTitle(report.title());
            document.open();
            document.add(new Paragraph(report.title(), new Font(bold, 18)));
            if (report.subtitle() != null && !report.subtitle().isBlank()) {
                document.add(new Paragraph(report.subtitle(), new Font(regular, 11)));
            }
            for (ReportDocument.Block block : report.blocks()) {
                add(document, block, regular, bold);
            }
            document.close();
            return out.toByteArray();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("Could not write PDF report", e);
        }
    }

    private static void add(Document document, ReportDocument.Block block, BaseFont regular, BaseFont bold)
            throws DocumentException, IOException {
        switch (block) {
            case ReportDocument.Heading h -> {
                Paragraph p = new Paragraph(h.text(), new Font(bold, h.level() <= 1 ? 15 : 12));
                p.setSpacingBefore(h.level() <= 1 ? 14 : 8);
                p.setSpacingAfter(4);
                document.add(p);
            }
            case ReportDocument.Text t -> document.add(new Paragraph(t.text(), new Font(regular, 10)));
            case ReportDocument.Table t -> document.add(table(t, regular, bold));
            case ReportDocument.Chart c -> {
                Image image = Image.getInstance(c.png());
                image.scaleToFit(700, 300);
                image.setAlignment(Element.ALIGN_CENTER);
                document.add(image);
                if (c.caption() != null) {
                    document.add(new Paragraph(c.caption(), new Font(regular, 9)));
                }
            }
        }
    }

    private static PdfPTable table(ReportDocument.Table t, BaseFont regular, BaseFont bold) {
        PdfPTable table = new PdfPTable(Math.max(1, t.columns().size()));
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        Font headerFont = new Font(bold, 8);
        Font cellFont = new Font(regular, 8);
        for (String column : t.columns()) {
            PdfPCell cell = new PdfPCell(new Phrase(column, headerFont));
            cell.setGrayFill(0.9f);
            table.addCell(cell);
        }
        for (List<String> row : t.rows()) {
            for (int i = 0; i < t.columns().size(); i++) {
                table.addCell(new PdfPCell(new Phrase(i < row.size() ? row.get(i) : "", cellFont)));
            }
        }
        return table;
    }

    private static byte[] readFont(String path) {
        try (InputStream in = PdfWriter.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the jar: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
