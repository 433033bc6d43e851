package no.kommune.portal.deviations;

import no.kommune.portal.base.UserFacingException;
import no.kommune.portal.organisation.CurrentUser;
import no.kommune.portal.security.Roles;
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
        if (!currentUser.hasRole(Roles.LEADER)) {
            return false;
        }
        String me = currentUser.username().orElse("");
        if (d.getHandler() != null && d.getHandler().getUsername().equals(me)) {
            return true;
        }
        boolean leadsUnit = currentUser.ledUnitIds().contains(d.getReportedToUnit().getId());
        return leadsUnit && (!d.isPersonalData() || inChain(d, me));
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
