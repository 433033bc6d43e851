package no.kommune.portal.supervisions;

import no.kommune.portal.base.Link;

/**
 * The pages of the supervisions feature, for start pages, notifications and mails. The route constant is the
 * views' {@code @Route} value too, so the views and the links to them are written in one place.
 */
public final class SupervisionLinks {

    /** The list; with a supervision's id ({@code tilsyn/42}) the supervision itself. */
    public static final String LIST = "tilsyn";

    private SupervisionLinks() {
    }

    public static Link list() {
        return Link.to(LIST);
    }

    public static Link supervision(long id) {
        return Link.to(LIST + "/" + id);
    }
}
