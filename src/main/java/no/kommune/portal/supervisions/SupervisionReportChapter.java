package no.kommune.portal.supervisions;

import no.kommune.portal.base.export.ReportChapter;
import no.kommune.portal.base.export.ReportDocument;
import no.kommune.portal.base.export.ReportScope;
import org.springframework.stereotype.Component;

/** "Tilsyn og revisjoner" in the report pack: the register for the period's year, as the seeds print it. */
@Component
class SupervisionReportChapter implements ReportChapter {

    private final SupervisionReport report;

    SupervisionReportChapter(SupervisionReport report) {
        this.report = report;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void append(ReportDocument doc, ReportScope scope) {
        report.appendChapter(doc, scope.year());
    }
}
