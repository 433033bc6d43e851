package no.kommune.portal.whistleblowing;

import no.kommune.portal.base.export.ReportChapter;
import no.kommune.portal.base.export.ReportDocument;
import no.kommune.portal.base.export.ReportScope;
import org.springframework.stereotype.Component;

/** "Varsling" in the report pack: the number of reports per year, never their content. */
@Component
class WhistleblowingReportChapter implements ReportChapter {

    private final WhistleblowingReport report;

    WhistleblowingReportChapter(WhistleblowingReport report) {
        this.report = report;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public void append(ReportDocument doc, ReportScope scope) {
        report.appendChapter(doc, scope.year());
    }
}
