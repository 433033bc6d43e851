package no.kommune.portal.reports;

import no.kommune.portal.base.Link;

/** The report packs' page; its route constant is the view's {@code @Route} value too. */
public final class ReportLinks {

    public static final String PACKS = "rapporter";

    private ReportLinks() {
    }

    public static Link packs() {
        return Link.to(PACKS);
    }
}
