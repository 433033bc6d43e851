package no.kommune.portal.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one set of role names used by views ({@code @RolesAllowed}), services ({@code @PreAuthorize})
 * and the user administration. Spring stores them with the {@code ROLE_} prefix.
 */
public final class Roles {

    /** Manages users, roles, units and bodies. Deliberately cannot read whistleblowing reports. */
    public static final String ADMIN = "ADMIN";
    /** The kommunedirektør and staff: registers decisions, confirms closing, manages periods. */
    public static final String MANAGEMENT = "MANAGEMENT";
    /** Leader of units: reads every mandate, updates her units' ones, answers checklists, handles deviations. */
    public static final String LEADER = "LEADER";
    /** Elected member: reads (never changes) every mandate and the published checklist overviews. */
    public static final String POLITICIAN = "POLITICIAN";
    /** HR/quality: checklist templates and rounds, deviation statistics, confidential read log. */
    public static final String QUALITY = "QUALITY";
    /** Every employee: reports deviations and whistleblowing, follows own reports. */
    public static final String EMPLOYEE = "EMPLOYEE";
    /** Dedicated receiver of whistleblowing reports (varslingsmottak); the only role that reads them. */
    public static final String WHISTLEBLOWING_RECEIVER = "WHISTLEBLOWING_RECEIVER";

    public static final List<String> ALL = List.of(
            ADMIN, MANAGEMENT, LEADER, POLITICIAN, QUALITY, EMPLOYEE, WHISTLEBLOWING_RECEIVER);

    /**
     * The roles an identity provider's token may give (single sign-on): known role names only, and never the
     * whistleblowing receiver role, which changes only by the receiver group's own rules (decision 011).
     */
    public static Set<String> grantableByDirectory(Collection<String> names) {
        return names.stream().filter(ALL::contains).filter(role -> !WHISTLEBLOWING_RECEIVER.equals(role))
                .collect(Collectors.toSet());
    }

    private Roles() {
    }
}
