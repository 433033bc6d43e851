package no.kommune.portal.deviations;

import java.util.ArrayList;
import java.util.List;
import no.kommune.portal.deviations.DeviationViews.PassedOver;
import no.kommune.portal.organisation.OrgUnit;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UserAccount;

/**
 * Who receives a deviation sent to a unit: the nearest leader, walking up the tree, who can act on it (an
 * active account with the leader role). A unit without a leader, with a deactivated leader or with a leader
 * who lacks the leader role (a management-led unit such as HR under the kommunedirektør) is passed over, and
 * why is kept so the forward dialog can say it. Pure: reads only the entities it is given.
 */
final class DeviationReceivers {

    private static final int MAX_DEPTH = 50;

    /** The person who will receive it and where that person leads, or nobody, plus the leaders passed over. */
    record Resolution(OrgUnit unit, UserAccount receiver, List<PassedOver> passedOver) {

        boolean found() {
            return receiver != null;
        }
    }

    private DeviationReceivers() {
    }

    static Resolution resolve(OrgUnit target) {
        List<PassedOver> passed = new ArrayList<>();
        int depth = 0;
        for (OrgUnit u = target; u != null && depth++ < MAX_DEPTH; u = u.getParent()) {
            UserAccount leader = u.getLeader();
            PassedOver.Reason reason = reasonToPass(leader);
            if (reason == null) {
                return new Resolution(u, leader, List.copyOf(passed));
            }
            passed.add(new PassedOver(u.getName(), leader == null ? "" : leader.getFullName(), reason));
        }
        return new Resolution(null, null, List.copyOf(passed));
    }

    /** Whether this person can act on a deviation as its handler: a leader, or quality once it took it over. */
    static boolean mayAct(UserAccount handler) {
        return handler != null && handler.isActive()
                && (handler.getRoles().contains(Roles.LEADER) || handler.getRoles().contains(Roles.QUALITY));
    }

    private static PassedOver.Reason reasonToPass(UserAccount leader) {
        if (leader == null) {
            return PassedOver.Reason.NO_LEADER;
        }
        if (!leader.isActive()) {
            return PassedOver.Reason.DEACTIVATED;
        }
        if (!leader.getRoles().contains(Roles.LEADER)) {
            return PassedOver.Reason.NOT_A_LEADER;
        }
        return null;
    }
}
