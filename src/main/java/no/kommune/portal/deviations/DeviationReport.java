package no.kommune.portal.deviations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.kommune.portal.base.export.Charts;
import no.kommune.portal.base.export.ReportDocument;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chapter "Avvik" of the annual report: the year's total with the change from the year before, and
 * tables and bar charts per category, status and unit reported to. Counts only, never deviation text.
 */
@Service
@Transactional(readOnly = true)
public class DeviationReport {

    static final int CHART_WIDTH = 900;
    static final int CHART_HEIGHT = 420;

    private final DeviationStatistics statistics;

    public DeviationReport(DeviationStatistics statistics) {
        this.statistics = statistics;
    }

    /** A stand-alone document with the chapter (unitId null: the whole municipality within the user's scope). */
    @PreAuthorize(DeviationStatistics.READ)
    public ReportDocument build(int year, Long unitId) {
        ReportDocument doc = new ReportDocument("Avviksstatistikk " + year, "1. jan " + year + " – 31. des " + year);
        appendChapter(doc, statistics.year(year, unitId));
        return doc;
    }

    /** Appends the chapter "Avvik" for the year to a document (used by the annual report pack). */
    @PreAuthorize(DeviationStatistics.READ)
    public void appendChapter(ReportDocument doc, int year) {
        appendChapter(doc, statistics.year(year, null));
    }

    void appendChapter(ReportDocument doc, DeviationStatistics.Figures f) {
        int year = f.from().getYear();
        int previous = year - 1;
        doc.heading(1, "Avvik");
        doc.text("Antall innmeldte avvik " + year + ": " + f.total() + " (" + previous + ": " + f.previousTotal()
                + ", endring " + f.changeText() + ").");
        section(doc, "Kategori", "Per kategori", f, f.byCategory(), year, previous);
        section(doc, "Status", "Status (åpne og lukkede)", f, f.byStatus(), year, previous);
        section(doc, "Rapportert til", "Rapportert til", f, f.byUnit(), year, previous);
        section(doc, "Måned", "Per måned", f, f.byMonth(), year, previous);
    }

    private static void section(ReportDocument doc, String sheet, String title, DeviationStatistics.Figures f,
            List<DeviationStatistics.Line> lines, int year, int previous) {
        doc.heading(2, title);
        List<List<String>> rows = new ArrayList<>();
        for (DeviationStatistics.Line l : lines) {
            rows.add(List.of(l.name(), String.valueOf(l.count()), f.share(l.count()), String.valueOf(l.previous()),
                    l.changeText()));
        }
        rows.add(List.of("Sum", String.valueOf(f.total()), f.total() == 0 ? "0 %" : "100 %",
                String.valueOf(f.previousTotal()), f.changeText()));
        doc.table(sheet, List.of(firstColumn(title),
                String.valueOf(year), "Andel " + year, String.valueOf(previous), "Endring"), rows);
        doc.chart(title + " " + previous + " og " + year,
                Charts.png(chart(title, lines, year, previous), CHART_WIDTH, CHART_HEIGHT), CHART_WIDTH, CHART_HEIGHT);
    }

    private static String firstColumn(String title) {
        return switch (title) {
            case "Per kategori" -> "Kategori";
            case "Per måned" -> "Måned";
            case "Rapportert til" -> "Enhet";
            default -> "Status";
        };
    }

    /** The bar chart of one breakdown, both years side by side; also rendered as SVG by the view. */
    public static org.jfree.chart.JFreeChart chart(String title, List<DeviationStatistics.Line> lines, int year,
            int previous) {
        Map<String, Number> now = new LinkedHashMap<>();
        Map<String, Number> before = new LinkedHashMap<>();
        for (DeviationStatistics.Line l : lines) {
            before.put(l.name(), l.previous());
            now.put(l.name(), l.count());
        }
        Map<String, Map<String, ? extends Number>> series = new LinkedHashMap<>();
        series.put(String.valueOf(previous), before);
        series.put(String.valueOf(year), now);
        return Charts.bar(title, "Antall", series, lines.size() > 4);
    }
}
