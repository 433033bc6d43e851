package no.kommune.portal.base.export;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * Server-side charts (no commercial or client-side chart component): the same JFreeChart rendered as
 * SVG for the browser and as PNG for PDF/Word.
 */
public final class Charts {

    private Charts() {
    }

    /** A bar chart: series name -> (category -> value). */
    public static JFreeChart bar(String title, String valueAxis, Map<String, Map<String, ? extends Number>> series,
            boolean horizontal) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        series.forEach((name, values) -> values.forEach((category, value) -> data.addValue(value, name, category)));
        JFreeChart chart = ChartFactory.createBarChart(title, null, valueAxis, data,
                horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL, series.size() > 1, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        // JFreeChart's grey plot area reads badly in reports and on the start page: white with light grid lines
        chart.getCategoryPlot().setBackgroundPaint(Color.WHITE);
        chart.getCategoryPlot().setRangeGridlinePaint(new Color(0xD0D5DD));
        chart.getCategoryPlot().setOutlineVisible(false);
        return chart;
    }

    /**
     * The chart as an inline SVG that screen readers read as one image named by the chart's title, instead of
     * a stream of axis labels; every chart in the portal has a table or figures beside it with the same numbers
     * (WCAG 1.1.1, docs/decisions/017-accessibility.md).
     */
    public static String svg(JFreeChart chart, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new java.awt.Rectangle(0, 0, width, height));
        String title = chart.getTitle() == null || chart.getTitle().getText() == null
                || chart.getTitle().getText().isBlank() ? "Diagram" : chart.getTitle().getText();
        return g.getSVGElement().replaceFirst("<svg ", "<svg role=\"img\" aria-label=\""
                + java.util.regex.Matcher.quoteReplacement(xmlAttribute(title)) + "\" ");
    }

    private static String xmlAttribute(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    public static byte[] png(JFreeChart chart, int width, int height) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ChartUtils.writeChartAsPNG(out, chart, width, height);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
