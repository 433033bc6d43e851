package no.kommune.portal.checklists;

import no.kommune.portal.organisation.Roles;

/** The role expressions of the checklist services, in one place so the split services cannot drift apart. */
final class ChecklistRules {

    static final String QUALITY = "hasRole('" + Roles.QUALITY + "')";
    static final String TEMPLATE_READ = "hasAnyRole('" + Roles.QUALITY + "','" + Roles.MANAGEMENT + "','"
            + Roles.ADMIN + "')";
    static final String READ = "hasAnyRole('" + Roles.QUALITY + "','" + Roles.MANAGEMENT + "','" + Roles.ADMIN
            + "','" + Roles.LEADER + "','" + Roles.POLITICIAN + "')";
    static final String OVERVIEW = "hasAnyRole('" + Roles.QUALITY + "','" + Roles.MANAGEMENT + "','" + Roles.ADMIN
            + "','" + Roles.POLITICIAN + "')";
    static final String ANSWER = "hasRole('" + Roles.LEADER + "')";
    static final String MANAGE = "hasRole('" + Roles.MANAGEMENT + "')";

    private ChecklistRules() {
    }
}
