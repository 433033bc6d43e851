package no.kommune.portal.checklists;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import no.kommune.portal.base.Formats;
import no.kommune.portal.base.UserFacingException;
import no.kommune.portal.organisation.CurrentUser;
import no.kommune.portal.organisation.Roles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Which checklists, rounds and actions the signed-in user may see, answer or update: the data scope the
 * checklist services share (roles alone say nothing about which units).
 */
@Component
class ChecklistAccess {

    private final ChecklistRoundRepository rounds;
    private final ChecklistInstanceRepository instances;
    private final CurrentUser currentUser;
    private final Clock clock;

    ChecklistAccess(ChecklistRoundRepository rounds, ChecklistInstanceRepository instances, CurrentUser currentUser,
            Clock clock) {
        this.rounds = rounds;
        this.instances = instances;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    ChecklistRound visibleRound(Long roundId) {
        ChecklistRound round = rounds.findById(roundId).orElseThrow(() -> new UserFacingException("error.notFound"));
        if (!seesAll() && !(currentUser.hasRole(Roles.POLITICIAN) && round.isPublished())) {
            throw new AccessDeniedException("Round " + roundId + " is not published");
        }
        return round;
    }

    ChecklistInstance readable(Long instanceId) {
        ChecklistInstance i = instances.findById(instanceId)
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        boolean allowed = seesAll()
                || (currentUser.hasRole(Roles.LEADER) && ledUnits().contains(i.getUnit().getId()))
                || (currentUser.hasRole(Roles.POLITICIAN) && i.getRound().isPublished());
        if (!allowed) {
            throw new AccessDeniedException("Checklist " + instanceId + " is not visible to the user");
        }
        return i;
    }

    boolean mayAnswer(ChecklistInstance i) {
        return currentUser.hasRole(Roles.LEADER) && ledUnits().contains(i.getUnit().getId());
    }

    ChecklistInstance forAnswering(Long instanceId) {
        ChecklistInstance i = instances.findById(instanceId)
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        if (!mayAnswer(i)) {
            throw new AccessDeniedException("Checklist " + instanceId + " is not the user's");
        }
        if (i.isSubmitted()) {
            throw new UserFacingException("checklists.error.locked");
        }
        return i;
    }

    boolean mayUpdate(ChecklistAction action) {
        if (currentUser.hasRole(Roles.QUALITY)) {
            return true;
        }
        String me = currentUser.username().orElse("");
        return action.getOwner().getUsername().equalsIgnoreCase(me)
                || (currentUser.hasRole(Roles.LEADER) && ledUnits().contains(action.getInstance().getUnit().getId()));
    }

    boolean mayReopen() {
        return currentUser.hasRole(Roles.QUALITY);
    }

    boolean seesAll() {
        return currentUser.seesAllUnits();
    }

    Set<Long> ledUnits() {
        return currentUser.hasRole(Roles.LEADER) ? currentUser.ledUnitIds() : Set.of();
    }

    String requireUsername() {
        return currentUser.requireUsername();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.ZONE));
    }

    static boolean overdue(ChecklistInstance i, LocalDate today) {
        return !i.isSubmitted() && i.getRound().getDeadline().isBefore(today);
    }
}
