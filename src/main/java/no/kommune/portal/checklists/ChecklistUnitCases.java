package no.kommune.portal.checklists;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import no.kommune.portal.base.Formats;
import no.kommune.portal.notifications.Notice;
import no.kommune.portal.notifications.Notifier;
import no.kommune.portal.organisation.OrgUnit;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UnitCases;
import no.kommune.portal.organisation.UserAccount;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * Closing a unit (decision 020): its checklists not yet submitted move, with their answers and actions, to the
 * receiving unit, whose leader finishes them (a history row {@code MOVED_UNIT_CLOSED}, and the notice a new round
 * gives). Submitted checklists stay with the closed unit: they are its report for that round. A round has one
 * checklist per unit, so when the receiving unit has its own checklist in the same round the closing is refused,
 * naming the round: the closed unit's checklist is submitted first, or another unit receives it.
 */
@Component
@Order(30)
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
class ChecklistUnitCases implements UnitCases {

    private final ChecklistEventRepository events;
    private final Notifier notifier;

    @PersistenceContext
    private EntityManager em;

    ChecklistUnitCases(ChecklistEventRepository events, Notifier notifier) {
        this.events = events;
        this.notifier = notifier;
    }

    @Override
    public String countKey() {
        return "checklists.unitClosing.count";
    }

    @Override
    public long countOpen(OrgUnit unit) {
        return open(unit).size();
    }

    @Override
    public List<Refusal> refusals(OrgUnit unit, OrgUnit target) {
        List<String> clashes = em.createQuery("select i.round.name from ChecklistInstance i where i.unit = :unit"
                        + " and i.state = :open and exists (select t.id from ChecklistInstance t where t.unit = :target"
                        + " and t.round = i.round) order by i.round.name", String.class)
                .setParameter("unit", unit).setParameter("target", target)
                .setParameter("open", ChecklistInstance.State.OPEN).getResultList();
        return clashes.isEmpty() ? List.of() : List.of(new Refusal("checklists.unitClosing.sameRound",
                List.of(target.getName(), String.join(", ", clashes))));
    }

    @Override
    public int moveOpen(OrgUnit unit, OrgUnit target, String reason) {
        List<ChecklistInstance> open = open(unit);
        UserAccount leader = target.nearestActiveLeader();
        for (ChecklistInstance instance : open) {
            instance.moveTo(target);
            events.save(new ChecklistEvent(instance, null, ChecklistEvent.Kind.MOVED_UNIT_CLOSED,
                    instance.getState().name(), instance.getState().name(), reason));
            if (leader != null) {
                ChecklistRound round = instance.getRound();
                notifier.send(new Notice(leader.getUsername(), "CHECKLIST_ROUND_OPENED",
                        "checklist-round-" + round.getId() + "-unit-" + target.getId(), "checklists.notice.roundOpened",
                        List.of(round.getName(), target.getName(), Formats.date(round.getDeadline())),
                        ChecklistLinks.checklist(instance.getId())));
            }
        }
        return open.size();
    }

    private List<ChecklistInstance> open(OrgUnit unit) {
        return em.createQuery("select i from ChecklistInstance i where i.unit = :unit and i.state = :open order by i.id",
                        ChecklistInstance.class)
                .setParameter("unit", unit).setParameter("open", ChecklistInstance.State.OPEN).getResultList();
    }
}
