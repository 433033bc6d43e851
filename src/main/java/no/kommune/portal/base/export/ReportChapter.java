package no.kommune.portal.base.export;

/**
 * One chapter of the report pack, provided by a feature as a Spring bean. The pack orders chapters by
 * {@link #order()} and gives each the same document and scope, so the pack does not depend on features.
 */
public interface ReportChapter {

    /** Position in the pack: 10 decisions, 20 internal control, 30 deviations, 40 supervisions, 50 whistleblowing. */
    int order();

    void append(ReportDocument doc, ReportScope scope);
}
