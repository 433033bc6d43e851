package no.kommune.portal.deviations;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import no.kommune.portal.notifications.Notice;
import no.kommune.portal.notifications.Notifier;
import no.kommune.portal.organisation.OrgUnit;
import no.kommune.portal.organisation.Roles;
import no.kommune.portal.organisation.UnitCases;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * Closing a unit (decision 020): its open deviations (every status but Lukket) go to the receiving unit as a
 * forward would send them: the nearest leader up from the receiving unit who can act takes over, the earlier
 * handlers stay in the handling chain (they keep reading what they handled), and the step is a history row
 * ({@code MOVED_UNIT_CLOSED}) with the reason. Where it happened ({@code locationUnit}) is a fact and stays.
 * Closed deviations stay with the closed unit. If nobody up from the receiving unit can act, the closing is
 * refused, as a forward there would be (decision 014: someone can always act on an open deviation).
 */
@Component
@Order(10)
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
class DeviationUnitCases implements UnitCases {

    private final DeviationEventRepository events;
    private final Notifier notifier;

    @PersistenceContext
    private EntityManager em;

    DeviationUnitCases(DeviationEventRepository events, Notifier notifier) {
        this.events = events;
        this.notifier = notifier;
    }

    @Override
    public String countKey() {
        return "deviations.unitClosing.count";
    }

    @Override
    public long countOpen(OrgUnit unit) {
        return em.createQuery("select count(d) from Deviation d where d.reportedToUnit = :unit and d.status <> :closed",
                        Long.class)
                .setParameter("unit", unit).setParameter("closed", DeviationStatus.CLOSED).getSingleResult();
    }

    @Override
    public List<Refusal> refusals(OrgUnit unit, OrgUnit target) {
        if (countOpen(unit) > 0 && !DeviationReceivers.resolve(target).found()) {
            return List.of(new Refusal("deviations.unitClosing.noOneCanAct", List.of(target.getName())));
        }
        return List.of();
    }

    @Override
    public int moveOpen(OrgUnit unit, OrgUnit target, String reason) {
        List<Deviation> open = em.createQuery(
                        "select d from Deviation d where d.reportedToUnit = :unit and d.status <> :closed order by d.id",
                        Deviation.class)
                .setParameter("unit", unit).setParameter("closed", DeviationStatus.CLOSED).getResultList();
        DeviationReceivers.Resolution receiver = DeviationReceivers.resolve(target);
        for (Deviation d : open) {
            d.assign(target, receiver.receiver());
            events.save(new DeviationEvent(d, DeviationEvent.Kind.MOVED_UNIT_CLOSED, d.getStatus(), d.getStatus(),
                    unit, target, reason));
            // like a forward's notice of a confidential case: the case number only, never text (notices are mailed)
            notifier.send(Notice.withoutFreeText(receiver.receiver().getUsername(), "DEVIATION_MOVED",
                    "deviation-" + d.getId() + "-assigned-" + target.getId(), "deviations.notice.movedUnitClosed",
                    d.getId(), DeviationLinks.deviation(d.getId())));
        }
        return open.size();
    }
}
