package no.kommune.portal.checklists;

import no.kommune.portal.base.Link;

/**
 * The pages of the checklists feature (internal control), for start pages, notifications and mails. The route
 * constants are the views' {@code @Route} values too, so the views and the links to them are written in one place.
 */
public final class ChecklistLinks {

    /** The status overview of a round. */
    public static final String OVERVIEW = "internkontroll";
    /** One unit's checklist; with its id ({@code internkontroll/sjekkliste/42}). */
    public static final String CHECKLIST = "internkontroll/sjekkliste";
    public static final String MINE = "internkontroll/mine";
    public static final String ROUNDS = "internkontroll/runder";
    public static final String TEMPLATES = "internkontroll/maler";

    /** Query parameter of the overview: the round's id. */
    public static final String ROUND = "runde";

    private ChecklistLinks() {
    }

    public static Link checklist(long instanceId) {
        return Link.to(CHECKLIST + "/" + instanceId);
    }

    public static Link myChecklists() {
        return Link.to(MINE);
    }

    public static Link overview(long roundId) {
        return Link.to(OVERVIEW).with(ROUND, roundId);
    }

    public static Link templates() {
        return Link.to(TEMPLATES);
    }
}
