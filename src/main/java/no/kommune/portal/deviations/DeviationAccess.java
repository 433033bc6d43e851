package no.kommune.portal.deviations;

import no.kommune.portal.base.UserFacingException;
import no.kommune.portal.organisation.CurrentUser;
import no.kommune.portal.organisation.Roles;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may read, handle and reopen one deviation: the data scope the deviation services share. A deviation
 * with personal or health data is visible only to the reporter, the leaders of its handling chain and quality.
 */
@Component
class DeviationAccess {

    private final DeviationRepository deviations;
    private final CurrentUser currentUser;

    DeviationAccess(DeviationRepository deviations, CurrentUser currentUser) {
        this.deviations = deviations;
        this.currentUser = currentUser;
    }

    boolean mayRead(Deviation d) {
        if (currentUser.hasRole(Roles.QUALITY)) {
            return true;
        }
        String me = currentUser.username().orElse("");
        if (d.getReporter().getUsername().equals(me) || inChain(d, me)) {
            return true;
        }
        if (d.isPersonalData()) {
            return false;
        }
        return currentUser.hasRole(Roles.MANAGEMENT)
                || (currentUser.hasRole(Roles.LEADER) && currentUser.ledUnitIds().contains(d.getReportedToUnit().getId()));
    }

    private static boolean inChain(Deviation d, String username) {
        return d.getHandlers().stream().anyMatch(u -> u.getUsername().equals(username));
    }

    /** The current handler, or a leader of the unit it is reported to (for confidential ones: only the chain). */
    boolean mayHandle(Deviation d) {
        String me = currentUser.username().orElse("");
        boolean isHandler = d.getHandler() != null && d.getHandler().getUsername().equals(me);
        if (isHandler && currentUser.hasRole(Roles.QUALITY)) {
            return true; // quality took the case over
        }
        if (!currentUser.hasRole(Roles.LEADER)) {
            return false;
        }
        if (isHandler) {
            return true;
        }
        boolean leadsUnit = currentUser.ledUnitIds().contains(d.getReportedToUnit().getId());
        return leadsUnit && (!d.isPersonalData() || inChain(d, me));
    }

    /**
     * An open deviation nobody can act on: its handler cannot (missing, deactivated, or without the leader
     * role) and no leader of its unit or above can either. Quality takes such cases over.
     */
    static boolean stuck(Deviation d) {
        if (d.getStatus() == DeviationStatus.CLOSED || DeviationReceivers.mayAct(d.getHandler())) {
            return false;
        }
        DeviationReceivers.Resolution leader = DeviationReceivers.resolve(d.getReportedToUnit());
        // a confidential case is open only to the leaders of its handling chain
        return !leader.found() || (d.isPersonalData() && !d.getHandlers().contains(leader.receiver()));
    }

    /** Quality may take over any open deviation it does not already handle. */
    boolean mayTakeOver(Deviation d) {
        String me = currentUser.username().orElse("");
        return currentUser.hasRole(Roles.QUALITY) && d.getStatus() != DeviationStatus.CLOSED
                && (d.getHandler() == null || !d.getHandler().getUsername().equals(me));
    }

    boolean mayReopen(Deviation d) {
        return d.getStatus() == DeviationStatus.CLOSED && (mayHandle(d) || currentUser.hasRole(Roles.QUALITY));
    }

    Deviation find(Long id) {
        return deviations.findById(id).orElseThrow(() -> new UserFacingException("error.notFound"));
    }

    Deviation loadForHandling(Long id, Long expectedVersion) {
        Deviation d = find(id);
        if (!mayHandle(d)) {
            throw new AccessDeniedException("Deviation " + id + " is not handled by the user");
        }
        if (expectedVersion != null) {
            checkVersion(d, expectedVersion);
        }
        return d;
    }

    static void checkVersion(Deviation d, long expectedVersion) {
        if (d.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Deviation.class, d.getId());
        }
    }
}
