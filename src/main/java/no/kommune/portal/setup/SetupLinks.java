package no.kommune.portal.setup;

import no.kommune.portal.base.Link;

/** The first-start checklist's page; its route constant is the view's {@code @Route} value too. */
public final class SetupLinks {

    public static final String CHECKLIST = "oppsett";

    private SetupLinks() {
    }

    public static Link checklist() {
        return Link.to(CHECKLIST);
    }
}
