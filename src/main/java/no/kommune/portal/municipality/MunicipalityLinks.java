package no.kommune.portal.municipality;

import no.kommune.portal.base.Link;

/** The municipality profile's page; its route constant is the view's {@code @Route} value too. */
public final class MunicipalityLinks {

    public static final String PROFILE = "admin/kommune";

    private MunicipalityLinks() {
    }

    public static Link profile() {
        return Link.to(PROFILE);
    }
}
