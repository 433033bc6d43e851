package no.kommune.portal.deviations;

import no.kommune.portal.base.Link;

/**
 * The pages of the deviations feature, for start pages, notifications and mails. The route constants are the
 * views' {@code @Route} values too, so the views and the links to them are written in one place.
 */
public final class DeviationLinks {

    /** The list; with a deviation's id ({@code avvik/42}) the deviation itself. */
    public static final String LIST = "avvik";
    public static final String REPORT = "avvik/ny";
    public static final String RECEIPT = "avvik/kvittering";
    public static final String MINE = "avvik/mine";
    public static final String STATISTICS = "avvik/statistikk";
    public static final String CATEGORIES = "avvik/kategorier";
    public static final String READ_LOG = "avvik/innsynslogg";

    /** Query flag of the list: only deviations not yet closed. */
    public static final String OPEN_ONLY = "apne";

    private DeviationLinks() {
    }

    public static Link deviation(long id) {
        return Link.to(LIST + "/" + id);
    }

    public static Link openDeviations() {
        return Link.to(LIST).withFlag(OPEN_ONLY);
    }

    public static Link statistics() {
        return Link.to(STATISTICS);
    }

    public static Link categories() {
        return Link.to(CATEGORIES);
    }
}
