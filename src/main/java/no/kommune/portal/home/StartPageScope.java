package no.kommune.portal.home;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import no.kommune.portal.organisation.CurrentUser;
import no.kommune.portal.organisation.Roles;

/**
 * Everything a start-page card may depend on about the signed-in user, and nothing else: two users with the
 * same scope see the same cards, so they share cached results. Roles and the units and bodies the user leads,
 * belongs to or sits in decide the numbers; leaders' and whistleblowing receivers' cards are personal ("my
 * mandates", cases of my receiver group), so for them the user name is part of the scope. The day is part of
 * it because "overdue" and "due soon" move at midnight.
 */
public record StartPageScope(Set<String> roles, Set<Long> ledUnits, Set<Long> memberUnits, Set<Long> bodies,
        String personal, LocalDate day) {

    public StartPageScope {
        roles = Set.copyOf(new TreeSet<>(roles));
        ledUnits = Set.copyOf(ledUnits);
        memberUnits = Set.copyOf(memberUnits);
        bodies = Set.copyOf(bodies);
    }

    /** The signed-in user's scope on the given day. */
    public static StartPageScope of(CurrentUser user, LocalDate day) {
        Set<String> roles = new TreeSet<>();
        for (String role : Roles.ALL) {
            if (user.hasRole(role)) {
                roles.add(role);
            }
        }
        boolean personal = roles.contains(Roles.LEADER) || roles.contains(Roles.WHISTLEBLOWING_RECEIVER);
        return new StartPageScope(roles, user.ledUnitIds(), user.memberUnitIds(), user.bodyIds(),
                personal ? user.requireUsername() : null, day);
    }
}
