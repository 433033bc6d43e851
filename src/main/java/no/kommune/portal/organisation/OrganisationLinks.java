package no.kommune.portal.organisation;

import no.kommune.portal.base.Link;

/**
 * The pages of the organisation (the tree, people, the whistleblowing receivers), for the first-start checklist
 * and notifications. The route constants are the views' {@code @Route} values too.
 */
public final class OrganisationLinks {

    public static final String ORGANISATION = "organisasjon";
    public static final String CHART = "admin/organisasjonskart";
    public static final String CHART_IMPORT = "admin/organisasjonskart/import";
    public static final String USERS = "admin/brukere";
    public static final String USER_IMPORT = "admin/brukere/import";
    /** Managed by the receivers themselves, so it sits under their part of the menu. */
    public static final String RECEIVER_GROUP = "varsling/mottakere";

    private OrganisationLinks() {
    }

    public static Link organisation() {
        return Link.to(ORGANISATION);
    }

    public static Link chart() {
        return Link.to(CHART);
    }

    public static Link userImport() {
        return Link.to(USER_IMPORT);
    }

    public static Link receiverGroup() {
        return Link.to(RECEIVER_GROUP);
    }
}
