package no.kommune.portal.supervisions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.kommune.portal.base.Formats;
import no.kommune.portal.base.PageSlice;
import no.kommune.portal.base.PageSlice.SortBy;
import no.kommune.portal.base.export.ReportDocument;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register as the seeds print it ("Tjenesteområder under tilsyn"): one section per sector/staff, each
 * with the columns {@code Tjeneste/tilsynsområde | Avvik/pålegg | Frist lukking | Tiltak/kommentar}, plus the
 * number of supervisions per status. The rows are those the reader may see (a leader's export holds only her
 * units' rows).
 */
@Service
@Transactional(readOnly = true)
public class SupervisionReport {

    public static final String CHAPTER = "Tilsyn og revisjoner";
    public static final List<String> COLUMNS = List.of("Tjeneste/tilsynsområde", "Avvik/pålegg", "Frist lukking",
            "Tiltak/kommentar");
    private static final int MAX_ROWS = 20_000;

    private final SupervisionService service;

    public SupervisionReport(SupervisionService service) {
        this.service = service;
    }

    /** A new document with the register for the filter (as the list shows it). */
    @PreAuthorize(SupervisionService.READ)
    public ReportDocument build(SupervisionFilter filter) {
        SupervisionFilter f = filter == null ? SupervisionFilter.all() : filter;
        String subtitle = (f.year() == null ? "Alle år" : "År " + f.year()) + " – status per "
                + Formats.date(java.time.LocalDate.now(Formats.ZONE));
        ReportDocument doc = new ReportDocument(CHAPTER, subtitle);
        append(doc, f);
        return doc;
    }

    /** Appends the chapter "Tilsyn og revisjoner" for one year (used by the report pack). */
    @PreAuthorize(SupervisionService.READ)
    public void appendChapter(ReportDocument doc, int year) {
        append(doc, SupervisionFilter.ofYear(year));
    }

    private void append(ReportDocument doc, SupervisionFilter filter) {
        List<SupervisionRow> rows = service.page(filter,
                PageSlice.first(MAX_ROWS).sortedBy(SortBy.asc("sector"), SortBy.asc("year")));
        doc.heading(1, CHAPTER);
        Map<SupervisionStatus, Long> counts = new LinkedHashMap<>();
        for (SupervisionStatus s : SupervisionStatus.values()) {
            counts.put(s, 0L);
        }
        Map<String, List<List<String>>> bySector = new LinkedHashMap<>();
        for (SupervisionRow r : rows) {
            counts.merge(r.status(), 1L, Long::sum);
            bySector.computeIfAbsent(r.sector(), k -> new ArrayList<>()).add(line(r));
        }
        if (rows.isEmpty()) {
            doc.text("Ingen tilsyn eller revisjoner er registrert" + (filter.year() == null ? "." : " for "
                    + filter.year() + "."));
            return;
        }
        List<List<String>> countRows = new ArrayList<>();
        counts.forEach((s, n) -> countRows.add(List.of(s.label(), String.valueOf(n))));
        doc.table("Antall per status", List.of("Status", "Antall"), countRows);
        for (Map.Entry<String, List<List<String>>> e : bySector.entrySet()) {
            doc.heading(2, e.getKey());
            doc.table(e.getKey(), COLUMNS, e.getValue());
        }
    }

    static List<String> line(SupervisionRow r) {
        String area = r.subject() + (r.authority() == null ? "" : " (" + r.authority() + ")");
        return List.of(area, nz(r.findings()), r.deadlineDisplay(), nz(r.measures()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
