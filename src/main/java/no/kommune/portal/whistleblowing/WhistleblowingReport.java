package no.kommune.portal.whistleblowing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.kommune.portal.base.export.ReportDocument;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The whistleblowing section of the annual report: numbers only, never content ("I 2025 ble det ikke mottatt
 * noen varsel"). For the report pack.
 */
@Service
public class WhistleblowingReport {

    public static final String CHAPTER = "Varsling";

    private final WhistleblowingService service;

    public WhistleblowingReport(WhistleblowingService service) {
        this.service = service;
    }

    @PreAuthorize(WhistleblowingService.STATISTICS)
    public void appendChapter(ReportDocument doc, int year) {
        long count = service.countForYear(year);
        doc.heading(1, CHAPTER);
        doc.text("Det er lagt til rette for at både ansatte og innbyggere kan varsle om kritikkverdige forhold. "
                + sentence(year, count));
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<Integer, Long> e : service.countPerYear().entrySet()) {
            if (e.getKey() <= year) {
                rows.add(List.of(String.valueOf(e.getKey()), String.valueOf(e.getValue())));
            }
        }
        doc.table("Varsler per år", List.of("År", "Antall varsler"), rows);
    }

    static String sentence(int year, long count) {
        if (count == 0) {
            return "I " + year + " ble det ikke mottatt noen varsel.";
        }
        return "I " + year + " ble det mottatt " + count + (count == 1 ? " varsel." : " varsler.");
    }
}
