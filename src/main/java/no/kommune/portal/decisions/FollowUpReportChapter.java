package no.kommune.portal.decisions;

import no.kommune.portal.base.export.ReportChapter;
import no.kommune.portal.base.export.ReportDocument;
import no.kommune.portal.base.export.ReportScope;
import org.springframework.stereotype.Component;

/** "Oppfølging av vedtak og oppdrag" in the report pack, from the period's snapshot when it is closed. */
@Component
class FollowUpReportChapter implements ReportChapter {

    private final FollowUpReport report;
    private final PeriodService periods;

    FollowUpReportChapter(FollowUpReport report, PeriodService periods) {
        this.report = report;
        this.periods = periods;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void append(ReportDocument doc, ReportScope scope) {
        report.appendChapterPerBody(doc, periods.find(scope.periodId()).orElse(null));
    }
}
