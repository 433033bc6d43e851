package no.kommune.portal.deviations;

import no.kommune.portal.organisation.Roles;

/** The role expressions of the deviation services, in one place so the split services cannot drift apart. */
final class DeviationRules {

    /** The handling list: leaders, quality and management (each within their scope). */
    static final String LIST = "hasAnyRole('" + Roles.LEADER + "','" + Roles.QUALITY + "','"
            + Roles.MANAGEMENT + "')";
    /** Handling: the leader of the unit, or quality once it has taken the case over (checked per case). */
    static final String HANDLE_OR_QUALITY = "hasAnyRole('" + Roles.LEADER + "','" + Roles.QUALITY + "')";
    static final String QUALITY = "hasRole('" + Roles.QUALITY + "')";
    static final String SIGNED_IN = "isAuthenticated()";

    private DeviationRules() {
    }
}
