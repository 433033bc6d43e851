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

    private final java.time.Clock clock;

    FollowUpReportChapter(FollowUpReport report, PeriodService periods, java.time.Clock clock) {
        this.report = report;
        this.periods = periods;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void append(ReportDocument doc, ReportScope scope) {
        // a closed period is judged on its last day; the open one on today
        java.time.LocalDate asOf = scope.closed() ? scope.to()
                : java.time.LocalDate.now(clock.withZone(no.kommune.portal.base.Formats.ZONE));
        report.appendChapterPerBody(doc, periods.find(scope.periodId()).orElse(null), asOf);
    }
}
