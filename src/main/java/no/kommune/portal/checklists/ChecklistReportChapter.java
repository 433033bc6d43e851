package no.kommune.portal.checklists;

import java.util.List;
import no.kommune.portal.base.export.ReportChapter;
import no.kommune.portal.base.export.ReportDocument;
import no.kommune.portal.base.export.ReportScope;
import org.springframework.stereotype.Component;

/**
 * "Internkontroll – status sjekkliste" in the report pack: the rounds named after the period
 * ("2. tertial 2026"), or else the rounds whose deadline falls within it.
 */
@Component
class ChecklistReportChapter implements ReportChapter {

    private static final int MAX_ROUNDS = 500;

    private final ChecklistService service;
    private final ChecklistReport report;

    ChecklistReportChapter(ChecklistService service, ChecklistReport report) {
        this.service = service;
        this.report = report;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void append(ReportDocument doc, ReportScope scope) {
        List<ChecklistViews.RoundRow> all = service.roundPage(0, MAX_ROUNDS);
        List<ChecklistViews.RoundRow> rounds = all.stream().filter(r -> r.name().equalsIgnoreCase(scope.name())).toList();
        if (rounds.isEmpty()) {
            rounds = all.stream().filter(r -> r.deadline() != null && !r.deadline().isBefore(scope.from())
                    && !r.deadline().isAfter(scope.to())).toList();
        }
        if (rounds.isEmpty()) {
            doc.heading(1, ChecklistReport.CHAPTER);
            doc.text("Ingen sjekklisterunde i " + scope.name() + ".");
            return;
        }
        for (ChecklistViews.RoundRow round : rounds) {
            report.appendChapter(doc, round.id());
        }
    }
}
