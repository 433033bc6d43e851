package no.kommune.portal.deviations;

import no.kommune.portal.base.export.ReportChapter;
import no.kommune.portal.base.export.ReportDocument;
import no.kommune.portal.base.export.ReportScope;
import org.springframework.stereotype.Component;

/** "Avvik" in the report pack: the period's statistics against the same dates a year earlier, with charts. */
@Component
class DeviationReportChapter implements ReportChapter {

    private final DeviationStatistics statistics;
    private final DeviationReport report;

    DeviationReportChapter(DeviationStatistics statistics, DeviationReport report) {
        this.statistics = statistics;
        this.report = report;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void append(ReportDocument doc, ReportScope scope) {
        report.appendChapter(doc, statistics.period(scope.from(), scope.to(), null));
    }
}
